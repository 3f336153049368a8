import type { Prisma } from "./client.js";

/**
 * Holds a PostgreSQL advisory lock named `key` until the transaction ends: transactions that
 * would each read, then write, on the strength of what they read wait for one another here.
 * For a decision that no row lock covers (a row that does not exist yet, a set of rows).
 */
export async function holdLock(tx: Prisma.TransactionClient, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}
