import { cellOf } from "../../cells.js";
import type { Database } from "../../db/client.js";
import { Prisma } from "../../db/generated/client.js";
import { type EarningKind, pointSettings } from "../settings.js";
import type { CreditInput } from "../types.js";
import type { OutcomeSource } from "./source.js";
import { type KeptStreak, monthCause } from "./streak-month.js";

// Every earning kind's source: the reads that find outcomes owed points, and entries whose cause
// was undone. Each is bounded by a recent moment on an indexed column, and skips what the ledger
// already holds, so a scan every few seconds reads only what is new.

/** No entry of the kind for the cause yet, for the person in `userColumn` (SQL). */
export function notEntered(userColumn: Prisma.Sql, kind: EarningKind, cause: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM "PointEntry" e WHERE e."userId" = ${userColumn}
    AND e.kind = ${kind}::"PointKind" AND e.cause = ${cause})`;
}

// A trade earns both sides once it is sold to someone who wrote to the seller and both have
// rated it: a listing, a message or a sale alone is something one can do alone.

const tradeCause = Prisma.sql`'trade:' || i.id`;

export const tradesCompleted: OutcomeSource = {
  kind: "trade_completed",
  async outstanding(db, since, limit) {
    const rows = await db.$queryRaw<{ itemId: string; sellerId: string; buyerId: string }[]>`
      SELECT i.id AS "itemId", i."sellerId", i."buyerId" FROM "Item" i
      WHERE i.id IN (SELECT r."subjectId" FROM "Rating" r WHERE r.context = 'trade' AND r."createdAt" >= ${since})
        AND i.status = 'sold' AND i."buyerId" IS NOT NULL
        AND (SELECT count(*) FROM "Rating" r WHERE r.context = 'trade' AND r."subjectId" = i.id) >= 2
        AND (${notEntered(Prisma.sql`i."sellerId"`, "trade_completed", tradeCause)}
          OR ${notEntered(Prisma.sql`i."buyerId"`, "trade_completed", tradeCause)})
      LIMIT ${limit}`;
    return rows.flatMap(({ itemId, sellerId, buyerId }): CreditInput[] => [
      { userId: sellerId, kind: "trade_completed", cause: `trade:${itemId}`, counterpartId: buyerId },
      { userId: buyerId, kind: "trade_completed", cause: `trade:${itemId}`, counterpartId: sellerId },
    ]);
  },
};

// A shared taxi earns each rider who said it happened, once a co-rider said so too and nobody
// reported them as a no-show. One rider's word alone is something one can do alone.

const rideCause = Prisma.sql`'ride:' || m."groupId"`;

interface Rode {
  groupId: string;
  riderId: string;
  /** The co-rider who confirmed first, for the per-counterpart cap. */
  counterpartId: string;
}

/** The groups among `groupIds` whose riders all started and ended in one cell: a ride that went nowhere. */
async function groupsInOneCell(db: Database, groupIds: string[]): Promise<Set<string>> {
  if (groupIds.length === 0) return new Set();
  const requests = await db.rideGroupMember.findMany({
    where: { groupId: { in: groupIds } },
    select: {
      groupId: true,
      request: { select: { originLat: true, originLng: true, destLat: true, destLng: true } },
    },
  });
  const cells = new Map<string, Set<number>>();
  for (const { groupId, request } of requests) {
    const seen = cells.get(groupId) ?? new Set<number>();
    seen.add(cellOf(request.originLat, request.originLng)).add(cellOf(request.destLat, request.destLng));
    cells.set(groupId, seen);
  }
  return new Set([...cells].filter(([, seen]) => seen.size === 1).map(([groupId]) => groupId));
}

export const ridesHappened: OutcomeSource = {
  kind: "ride_happened",
  async outstanding(db, since, limit) {
    // The co-rider is read in the join, so that riders still waiting for one are never read and
    // can never fill the batch ahead of those who are owed.
    const rows = await db.$queryRaw<Rode[]>`
      SELECT m."groupId", m."riderId", co."riderId" AS "counterpartId"
      FROM "RideGroupMember" m JOIN "RideGroup" g ON g.id = m."groupId"
      JOIN LATERAL (SELECT o."riderId" FROM "RideGroupMember" o
          WHERE o."groupId" = m."groupId" AND o."riderId" <> m."riderId" AND o."rodeAt" IS NOT NULL
          ORDER BY o."rodeAt", o."riderId" LIMIT 1) co ON true
      WHERE m."rodeAt" >= ${since} AND g.status = 'departed'
        AND NOT EXISTS (SELECT 1 FROM "RideNoShow" n WHERE n."groupId" = m."groupId" AND n."reportedId" = m."riderId")
        AND ${notEntered(Prisma.sql`m."riderId"`, "ride_happened", rideCause)}
      LIMIT ${limit}`;
    const oneCell = await groupsInOneCell(db, [...new Set(rows.map((row) => row.groupId))]);
    return rows.map(
      (row): CreditInput => ({
        userId: row.riderId,
        kind: "ride_happened",
        cause: `ride:${row.groupId}`,
        counterpartId: row.counterpartId,
        ...(oneCell.has(row.groupId) ? { pattern: "one_cell" as const } : {}),
      }),
    );
  },
  // A co-rider's no-show report after the points were paid takes them back.
  async undone(db, since, limit) {
    return db.$queryRaw<{ entryId: string; reason: string }[]>`
      SELECT DISTINCT e.id AS "entryId", 'no-show:' || n."groupId" AS reason
      FROM "RideNoShow" n JOIN "PointEntry" e ON e."userId" = n."reportedId"
        AND e.kind = 'ride_happened' AND e.cause = 'ride:' || n."groupId"
      WHERE n."createdAt" >= ${since}
        AND NOT EXISTS (SELECT 1 FROM "PointEntry" r WHERE r."reversesId" = e.id)
      LIMIT ${limit}`;
  },
};

// A meetup earns what its settled attendance says: each attendee who checked in, and its host once
// enough others did. Workouts earn from their video rooms instead (below).

const meetupCause = Prisma.sql`'meetup:' || m.id`;

/** Meetups that ended since `since` and whose attendance is settled. */
const settledSince = (since: Date) => Prisma.sql`m.status = 'scheduled' AND m."endAt" >= ${since}
  AND m."settledAt" IS NOT NULL AND m."workoutKind" IS NULL`;

export const meetupsAttended: OutcomeSource = {
  kind: "meetup_attended",
  async outstanding(db, since, limit) {
    const rows = await db.$queryRaw<{ meetupId: string; userId: string; hostId: string }[]>`
      SELECT m.id AS "meetupId", r."userId", m."hostId" FROM "Meetup" m
      JOIN "Rsvp" r ON r."meetupId" = m.id AND r.attended AND r."userId" <> m."hostId"
      WHERE ${settledSince(since)} AND ${notEntered(Prisma.sql`r."userId"`, "meetup_attended", meetupCause)}
      LIMIT ${limit}`;
    return rows.map(({ meetupId, userId, hostId }) => ({
      userId,
      kind: "meetup_attended" as const,
      cause: `meetup:${meetupId}`,
      counterpartId: hostId,
    }));
  },
};

export const meetupsHosted: OutcomeSource = {
  kind: "meetup_hosted",
  async outstanding(db, since, limit) {
    const rows = await db.$queryRaw<{ meetupId: string; hostId: string }[]>`
      SELECT m.id AS "meetupId", m."hostId" FROM "Meetup" m
      WHERE ${settledSince(since)} AND ${notEntered(Prisma.sql`m."hostId"`, "meetup_hosted", meetupCause)}
        AND (SELECT count(*) FROM "Rsvp" r WHERE r."meetupId" = m.id AND r.attended
          AND r."userId" <> m."hostId") >= ${pointSettings.meetupHostedMinAttendees}
      LIMIT ${limit}`;
    return rows.map(({ meetupId, hostId }) => ({
      userId: hostId,
      kind: "meetup_hosted" as const,
      cause: `meetup:${meetupId}`,
    }));
  },
};

// A workout earns each person its settled room counted as attended (core/workouts/attendance),
// when others attended with them: a room one sat in alone earns nothing.

const roomCause = Prisma.sql`'room:' || p."roomId"`;

export const workoutsAttended: OutcomeSource = {
  kind: "workout_attended",
  async outstanding(db, since, limit) {
    const rows = await db.$queryRaw<{ roomId: string; userId: string }[]>`
      SELECT p."roomId", p."userId" FROM "VideoRoom" v
      JOIN "RoomParticipant" p ON p."roomId" = v.id AND p.attended
      WHERE v."endedAt" >= ${since} AND v."settledAt" IS NOT NULL AND v.purpose = 'workout'
        AND (SELECT count(*) FROM "RoomParticipant" o WHERE o."roomId" = v.id AND o.attended)
          >= ${pointSettings.workoutMinAttendees}
        AND ${notEntered(Prisma.sql`p."userId"`, "workout_attended", roomCause)}
      LIMIT ${limit}`;
    return rows.map(({ roomId, userId }) => ({
      userId,
      kind: "workout_attended" as const,
      cause: `room:${roomId}`,
    }));
  },
};

// A tip earns its author once per verified person who found it helpful: votes of unverified
// accounts, which anyone can make many of, count for nothing.

const tipVoteCause = Prisma.sql`'tip-vote:' || v."tipId" || ':' || v."userId"`;

export const tipsFoundHelpful: OutcomeSource = {
  kind: "tip_helpful",
  async outstanding(db, since, limit) {
    const rows = await db.$queryRaw<{ tipId: string; voterId: string; authorId: string }[]>`
      SELECT v."tipId", v."userId" AS "voterId", t."authorId" FROM "TipVote" v
      JOIN "Tip" t ON t.id = v."tipId"
      JOIN "User" u ON u.id = v."userId" AND u."verifiedAt" IS NOT NULL
      WHERE v."createdAt" >= ${since} AND v."userId" <> t."authorId"
        AND ${notEntered(Prisma.sql`t."authorId"`, "tip_helpful", tipVoteCause)}
      LIMIT ${limit}`;
    return rows.map(({ tipId, voterId, authorId }) => ({
      userId: authorId,
      kind: "tip_helpful" as const,
      cause: `tip-vote:${tipId}:${voterId}`,
      counterpartId: voterId,
    }));
  },
};

// A workout streak earns each month it is kept (streak-month.ts names the cause).

/** A page of the streaks updated lately that have reached a month, in a stable order. */
function keptStreaks(db: Database, since: Date, size: number, offset: number) {
  const { day, week } = pointSettings.streakMonthPeriods;
  return db.$queryRaw<KeptStreak[]>`
    SELECT s."userId", s."groupId", s.current, s."countedThrough", g."goalPeriod"::text AS "goalPeriod",
      u."timeZone"
    FROM "WorkoutStreak" s JOIN "Group" g ON g.id = s."groupId" JOIN "User" u ON u.id = s."userId"
    WHERE s."updatedAt" >= ${since} AND s."countedThrough" IS NOT NULL
      AND s.current >= CASE g."goalPeriod" WHEN 'day' THEN ${day}::int WHEN 'week' THEN ${week}::int END
    ORDER BY s."userId", s."groupId" LIMIT ${size} OFFSET ${offset}`;
}

/** The months of these streaks not paid yet: their causes are named in code, so the ledger is asked here. */
async function unpaidMonths(db: Database, kept: KeptStreak[]): Promise<CreditInput[]> {
  const due = kept.map(
    (streak): CreditInput => ({ userId: streak.userId, kind: "streak_month", cause: monthCause(streak) }),
  );
  if (due.length === 0) return [];
  const entered = await db.pointEntry.findMany({
    where: { kind: "streak_month", OR: due.map(({ userId, cause }) => ({ userId, cause })) },
    select: { userId: true, cause: true },
  });
  const paid = new Set(entered.map(({ userId, cause }) => `${userId} ${cause}`));
  return due.filter(({ userId, cause }) => !paid.has(`${userId} ${cause}`));
}

export const streaksKeptAMonth: OutcomeSource = {
  kind: "streak_month",
  // Page on past the streaks whose month is paid already, so that they never fill the batch
  // ahead of those still owed.
  async outstanding(db, since, limit) {
    const owed: CreditInput[] = [];
    for (let offset = 0; owed.length < limit; offset += limit) {
      const page = await keptStreaks(db, since, limit, offset);
      owed.push(...(await unpaidMonths(db, page)));
      if (page.length < limit) break;
    }
    return owed.slice(0, limit);
  },
};
