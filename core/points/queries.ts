import type { Database } from "../db/client.js";
import { levelOf } from "./levels.js";
import type { PointsSummary } from "./types.js";

/** What `/points` shows: the balance, the level from the points earned, and the latest entries. */
export async function pointsSummary(db: Database, userId: string, lastEntries = 10): Promise<PointsSummary> {
  const [totals, entries] = await Promise.all([
    db.pointBalance.findUnique({ where: { userId }, select: { balance: true, earned: true } }),
    db.pointEntry.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: lastEntries,
      select: {
        kind: true,
        amount: true,
        status: true,
        heldReason: true,
        createdAt: true,
        reversal: { select: { id: true } },
      },
    }),
  ]);
  const earned = totals?.earned ?? 0;
  return {
    balance: totals?.balance ?? 0,
    earned,
    level: levelOf(earned),
    entries: entries.map(({ reversal, ...entry }) => ({ ...entry, reversed: reversal !== null })),
  };
}
