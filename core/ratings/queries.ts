import type { Prisma } from "../db/client.js";
import type { RatingSummary } from "./types.js";

const EMPTY: RatingSummary = { average: undefined, count: 0 };

/** Average and count of the ratings each person received, across every context. */
export async function getRatingSummaries(
  db: Prisma.TransactionClient,
  userIds: string[],
): Promise<Map<string, RatingSummary>> {
  const unique = [...new Set(userIds)];
  const rows = unique.length
    ? await db.rating.groupBy({
        by: ["rateeId"],
        where: { rateeId: { in: unique } },
        _avg: { score: true },
        _count: { _all: true },
      })
    : [];
  const summaries = new Map(unique.map((id) => [id, EMPTY]));
  for (const row of rows) {
    const average = row._avg.score === null ? undefined : Math.round(row._avg.score * 10) / 10;
    summaries.set(row.rateeId, { average, count: row._count._all });
  }
  return summaries;
}
