import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.js";

export type { Prisma } from "./generated/client.js";
export type Database = PrismaClient;

/**
 * How long a transaction may wait for a pooled connection. A burst on one hot row (200 people
 * pressing "going" on one meetup) queues on its lock while holding the pool's connections, so the
 * rest wait for a connection: Prisma's 2 s default turned presses that would have succeeded a
 * moment later into errors (bench/groups.ts).
 */
const TRANSACTION_MAX_WAIT_MS = 15_000;

/** Built by each process's composition root and passed down; nothing connects at import time. */
export function createDatabase(databaseUrl: string): Database {
  return new PrismaClient({
    // pg waits for a connection forever by default: an unreachable server would hang a request
    // (and a webhook's answer) instead of failing it. Never sooner than a transaction may wait.
    adapter: new PrismaPg({
      connectionString: databaseUrl,
      connectionTimeoutMillis: TRANSACTION_MAX_WAIT_MS,
    }),
    transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS },
  });
}

export async function isDatabaseReachable(db: Database): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
