import type { Database, Prisma } from "../../db/client.js";
import type { AccountRef } from "../../identity/types.js";

/** The people behind the operators' accounts (VIDEO_CHECK_OPERATORS) who have used honjok so far. */
export async function operatorUserIds(
  db: Database | Prisma.TransactionClient,
  operators: readonly AccountRef[],
): Promise<string[]> {
  if (operators.length === 0) return [];
  const accounts = await db.account.findMany({
    where: { OR: operators.map(({ platform, externalId }) => ({ platform, externalId })) },
    select: { userId: true },
  });
  return [...new Set(accounts.map((account) => account.userId))];
}
