import type { Database } from "../db/client.js";
import { Prisma } from "../db/generated/client.js";
import { type BadgeFacts, earnedBadges } from "./badges.js";
import { levelOf } from "./levels.js";
import { type EarningKind, isEarningKind } from "./settings.js";
import type { PointsSummary } from "./types.js";

/** Entries /points lists, the latest first. */
const LAST_ENTRIES = 10;

/** What `/points` shows: the balance, the level from the points earned, the latest entries and badges. */
export async function pointsSummary(db: Database, userId: string): Promise<PointsSummary> {
  const [totals, entries, facts] = await Promise.all([
    db.pointBalance.findUnique({ where: { userId }, select: { balance: true, earned: true } }),
    db.pointEntry.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: LAST_ENTRIES,
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

/** What the person can spend now. */
export async function spendableBalance(db: Database, userId: string): Promise<number> {
  const totals = await db.pointBalance.findUnique({ where: { userId }, select: { balance: true } });
  return totals?.balance ?? 0;
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

/** Whose points a board ranks: a group's members all time, or a neighbourhood's all time or in a week. */
export type Board =
  | { groupId: string; playground: boolean }
  | { neighbourhood: number[]; playground: boolean; points: BoardPoints };

/** Which points a neighbourhood board ranks by: earned all time, or in one week (weeks.ts weekOf). */
export type BoardPoints = { allTime: true } | { week: string };

export interface RankedRow {
  userId: string;
  displayName: string;
  verified: boolean;
  points: number;
  rank: number;
}

/**
 * The rows a neighbourhood board ranks, each with its copy of the person's world, home cell and
 * choice: the balances, or one week's totals. Inlined where used, so that each use reads its index.
 */
function standingsSql(points: BoardPoints): Prisma.Sql {
  const columns = Prisma.sql`"userId", earned, playground, "homeCell", "onLeaderboards"`;
  if ("allTime" in points) return Prisma.sql`SELECT ${columns} FROM "PointBalance"`;
  return Prisma.sql`SELECT ${columns} FROM "PointWeek" WHERE week = ${points.week}::date`;
}

/**
 * A neighbourhood's board without ranking all its people: the first `top` who appear of each cell
 * (a short index scan per cell), merged with the viewer and ranked among themselves, which is
 * right for the first `top`; a viewer below them is ranked by counting who appears above them.
 */
function neighbourhoodSql(
  board: { neighbourhood: number[]; playground: boolean; points: BoardPoints },
  viewerId: string,
  top: number,
): Prisma.Sql {
  const standings = standingsSql(board.points);
  const appears = Prisma.sql`s.playground = ${board.playground} AND s."onLeaderboards" AND s.earned > 0`;
  return Prisma.sql`mine AS (
      SELECT s."userId", s.earned AS points FROM (${standings}) s WHERE s."userId" = ${viewerId}::uuid AND s.earned > 0
    ), firsts AS (
      SELECT t."userId", t.points FROM unnest(${board.neighbourhood}::int[]) c(cell) CROSS JOIN LATERAL (
        SELECT s."userId", s.earned AS points FROM (${standings}) s WHERE ${appears} AND s."homeCell" = c.cell
        ORDER BY s.earned DESC, s."userId" LIMIT ${top}) t
      UNION SELECT * FROM mine
    ), ranked AS (
      SELECT "userId", points, rank() OVER (ORDER BY points DESC)::int AS rank FROM firsts
      ORDER BY points DESC, "userId" LIMIT ${top}
    ), board AS (
      SELECT * FROM ranked
      UNION ALL
      SELECT m."userId", m.points, 1 + (SELECT count(*) FROM (${standings}) s
        WHERE ${appears} AND s."homeCell" = ANY(${board.neighbourhood}::int[]) AND s.earned > m.points)::int
      FROM mine m WHERE m."userId" NOT IN (SELECT "userId" FROM ranked)
    )`;
}

/**
 * A group's board: each of its few hundred members' points read by primary key, as a subquery per
 * member (a join would make PostgreSQL hash every balance there is), once each (materialized, or
 * the filter on points would repeat it), and ranked whole.
 */
function groupSql(
  board: { groupId: string; playground: boolean },
  viewerId: string,
  top: number,
): Prisma.Sql {
  return Prisma.sql`scored AS MATERIALIZED (
      SELECT m."userId", (SELECT b.earned FROM "PointBalance" b WHERE b."userId" = m."userId"
        AND b.playground = ${board.playground} AND (b."onLeaderboards" OR b."userId" = ${viewerId}::uuid)) AS points
      FROM "GroupMember" m WHERE m."groupId" = ${board.groupId}::uuid
    ), ranked AS (
      SELECT *, rank() OVER (ORDER BY points DESC)::int AS rank,
        row_number() OVER (ORDER BY points DESC, "userId") AS place
      FROM scored WHERE points > 0
    ), board AS (
      SELECT "userId", points, rank FROM ranked WHERE place <= ${top} OR "userId" = ${viewerId}::uuid
    )`;
}

/**
 * The first `top` people of a board and the viewer, ranked among those who appear on it (the
 * viewer always counts for themself), in order, the viewer last when below the first. People
 * without points on it are not ranked.
 */
export async function rankedPeople(
  db: Database,
  board: Board,
  viewerId: string,
  top: number,
): Promise<RankedRow[]> {
  const rows = "groupId" in board ? groupSql(board, viewerId, top) : neighbourhoodSql(board, viewerId, top);
  return db.$queryRaw<RankedRow[]>`WITH ${rows}
    SELECT b."userId", u."displayName", u."verifiedAt" IS NOT NULL AS verified, b.points, b.rank
    FROM board b JOIN "User" u ON u.id = b."userId"
    ORDER BY b.rank, b."userId"`;
}

/** What a board needs to know of its viewer: their world, home cell, zone and whether they appear. */
export function boardViewer(db: Database, userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: { playground: true, homeCell: true, timeZone: true, onLeaderboards: true },
  });
}
