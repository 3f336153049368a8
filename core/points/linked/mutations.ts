import type { Prisma } from "../../db/client.js";
import { lockBalance, reverseWithin } from "../mutations.js";

// Linked accounts are one person (core/identity/linking): when one account joins another, its
// ledger becomes the owner's. What the two earned with each other, or both for the same outcome,
// was one person earning from themself or twice for one thing, and is taken back first.

type Tx = Prisma.TransactionClient;

/**
 * Earned entries, not yet reversed, that one person with both accounts should never have had:
 * each account's entries with the other as counterpart, and the joining account's copy of an
 * outcome the owner earned too (both accounts at one meetup).
 */
async function selfDealt(tx: Tx, joiningId: string, ownerId: string): Promise<{ id: string }[]> {
  return tx.$queryRaw`SELECT e.id FROM "PointEntry" e
    WHERE e.kind <> 'reversal' AND e.amount > 0
      AND NOT EXISTS (SELECT 1 FROM "PointEntry" r WHERE r."reversesId" = e.id)
      AND ((e."userId" = ${joiningId}::uuid AND e."counterpartId" = ${ownerId}::uuid)
        OR (e."userId" = ${ownerId}::uuid AND e."counterpartId" = ${joiningId}::uuid)
        OR (e."userId" = ${joiningId}::uuid AND EXISTS (SELECT 1 FROM "PointEntry" o
          WHERE o."userId" = ${ownerId}::uuid AND o.kind = e.kind AND o.cause = e.cause)))`;
}

/**
 * Moves the joining account's whole ledger to the owner, in the linking's transaction: the entries
 * keep their history (a cause the owner also holds is kept apart by the joining account's id), and
 * the owner's balance, earned points and weekly totals gain the joining account's, so each still adds up.
 */
export async function mergeLinkedLedger(
  tx: Tx,
  joiningId: string,
  ownerId: string,
  now: Date,
): Promise<void> {
  // Both balances, in one order, so two links at once cannot deadlock.
  for (const userId of [joiningId, ownerId].sort()) await lockBalance(tx, userId, now);
  for (const { id } of await selfDealt(tx, joiningId, ownerId))
    await reverseWithin(tx, id, `linked-account:${joiningId}`, now);
  await tx.$executeRaw`UPDATE "PointEntry" e SET cause = e.cause || '@' || ${joiningId}
    WHERE e."userId" = ${joiningId}::uuid AND EXISTS (SELECT 1 FROM "PointEntry" o
      WHERE o."userId" = ${ownerId}::uuid AND o.kind = e.kind AND o.cause = e.cause)`;
  await tx.$executeRaw`UPDATE "PointEntry" SET "userId" = ${ownerId}::uuid WHERE "userId" = ${joiningId}::uuid`;
  await tx.$executeRaw`UPDATE "PointBalance" o SET balance = o.balance + j.balance, earned = o.earned + j.earned,
      "updatedAt" = ${now}
    FROM "PointBalance" j WHERE o."userId" = ${ownerId}::uuid AND j."userId" = ${joiningId}::uuid`;
  // The joining account's weeks add to the owner's, under the owner's copy of home and choice.
  await tx.$executeRaw`INSERT INTO "PointWeek" ("userId", week, earned, playground, "homeCell", "onLeaderboards")
    SELECT o."userId", j.week, j.earned, o.playground, o."homeCell", o."onLeaderboards"
    FROM "PointWeek" j JOIN "PointBalance" o ON o."userId" = ${ownerId}::uuid WHERE j."userId" = ${joiningId}::uuid
    ON CONFLICT ("userId", week) DO UPDATE SET earned = "PointWeek".earned + excluded.earned`;
  // Its weeks, already added to the owner's, cascade with it.
  await tx.$executeRaw`DELETE FROM "PointBalance" WHERE "userId" = ${joiningId}::uuid`;
}
