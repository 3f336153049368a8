import type { Database } from "../db/client.js";
import { Prisma } from "../db/generated/client.js";
import { type BadgeFacts, earnedBadges } from "./badges.js";
import { levelOf } from "./levels.js";
import { type EarningKind, isEarningKind } from "./settings.js";
import type { PointsSummary } from "./types.js";

/** What `/points` shows: the balance, the level from the points earned, the latest entries and badges. */
export async function pointsSummary(db: Database, userId: string, lastEntries = 10): Promise<PointsSummary> {
  const [totals, entries, facts] = await Promise.all([
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
    badgeFacts(db, userId),
  ]);
  const earned = totals?.earned ?? 0;
  return {
    balance: totals?.balance ?? 0,
    earned,
    level: levelOf(earned),
    entries: entries.map(({ reversal, ...entry }) => ({ ...entry, reversed: reversal !== null })),
    badges: earnedBadges(facts),
  };
}

/** An earning that counts: credited, and not taken back since. */
const countingEarning = { status: "credited", amount: { gt: 0 }, reversal: { is: null } } as const;

/** The ledger's earnings by kind in one grouped read, and the longest workout streak in weeks. */
export async function badgeFacts(db: Database, userId: string): Promise<BadgeFacts> {
  const [byKind, [streak]] = await Promise.all([
    db.pointEntry.groupBy({ by: ["kind"], where: { userId, ...countingEarning }, _count: { _all: true } }),
    db.$queryRaw<{ weeks: number | null }[]>`SELECT max(CASE g."goalPeriod"
        WHEN 'week' THEN s.best WHEN 'day' THEN s.best / 7 END)::int AS weeks
      FROM "WorkoutStreak" s JOIN "Group" g ON g.id = s."groupId" WHERE s."userId" = ${userId}::uuid`,
  ]);
  const earnedByKind: Partial<Record<EarningKind, number>> = {};
  for (const row of byKind) if (isEarningKind(row.kind)) earnedByKind[row.kind] = row._count._all;
  return { earnedByKind, longestStreakWeeks: streak?.weeks ?? 0 };
}

/** Whose points a board counts, as SQL over "User" u. */
export type BoardPeople =
  | { neighbourhood: number[]; playground: boolean }
  | { groupId: string; playground: boolean };

/** Which points a board ranks by: earned all time, or earned since a moment (this week's Monday). */
export type BoardPoints = { allTime: true } | { since: Date };

export interface RankedRow {
  userId: string;
  displayName: string;
  verified: boolean;
  points: number;
  rank: number;
}

function peopleSql(people: BoardPeople): { from: Prisma.Sql; where: Prisma.Sql } {
  if ("groupId" in people)
    return {
      from: Prisma.sql`"GroupMember" m JOIN "User" u ON u.id = m."userId"`,
      where: Prisma.sql`m."groupId" = ${people.groupId}::uuid AND u.playground = ${people.playground}`,
    };
  return {
    from: Prisma.sql`"User" u`,
    where: Prisma.sql`u.playground = ${people.playground} AND u."homeCell" = ANY(${people.neighbourhood}::int[])`,
  };
}

/**
 * A person's points on the board, as a subquery per person: PostgreSQL runs it as an index probe
 * for each of the board's people instead of joining against every balance or entry there is.
 */
function pointsSql(points: BoardPoints): Prisma.Sql {
  if ("allTime" in points) return Prisma.sql`(SELECT b.earned FROM "PointBalance" b WHERE b."userId" = u.id)`;
  // The week's earnings as `earned` counts them: credited, and not taken back since.
  return Prisma.sql`(SELECT sum(e.amount)::int FROM "PointEntry" e
    WHERE e."userId" = u.id AND e."createdAt" >= ${points.since} AND e.status = 'credited' AND e.amount > 0
      AND NOT EXISTS (SELECT 1 FROM "PointEntry" r WHERE r."reversesId" = e.id))`;
}

/**
 * The first `top` people of a board and the viewer, ranked among those who appear on it (the
 * viewer always counts for themself). People without points on it are not ranked.
 */
export async function rankedPeople(
  db: Database,
  people: BoardPeople,
  points: BoardPoints,
  viewerId: string,
  top: number,
): Promise<RankedRow[]> {
  const { from, where } = peopleSql(people);
  return db.$queryRaw<RankedRow[]>`WITH scored AS (
      SELECT u.id, u."displayName", u."verifiedAt" IS NOT NULL AS verified, ${pointsSql(points)} AS points
      FROM ${from} WHERE ${where} AND (u."onLeaderboards" OR u.id = ${viewerId}::uuid)
    ), ranked AS (
      SELECT *, rank() OVER (ORDER BY points DESC)::int AS rank,
        row_number() OVER (ORDER BY points DESC, id) AS place
      FROM scored WHERE points > 0
    )
    SELECT id AS "userId", "displayName", verified, points, rank FROM ranked
    WHERE place <= ${top} OR id = ${viewerId}::uuid
    ORDER BY place`;
}

/** What a board needs to know of its viewer: their world, home cell, zone and whether they appear. */
export function boardViewer(db: Database, userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: { playground: true, homeCell: true, timeZone: true, onLeaderboards: true },
  });
}
