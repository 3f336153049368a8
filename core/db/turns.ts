import type { Prisma } from "./client.js";

/**
 * Makes concurrent calls for one row take turns until the transaction ends, so a burst of
 * requests cannot pass a limit together (each counting before any of them wrote). NO KEY UPDATE
 * still lets rows that merely reference it (notifications, reports) be written meanwhile.
 */
export async function takeTurns(
  tx: Prisma.TransactionClient,
  row: { userId: string } | { itemId: string },
): Promise<void> {
  if ("userId" in row)
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${row.userId}::uuid FOR NO KEY UPDATE`;
  else await tx.$queryRaw`SELECT 1 FROM "Item" WHERE id = ${row.itemId}::uuid FOR NO KEY UPDATE`;
}
