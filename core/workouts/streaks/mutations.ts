import type { Database, Prisma } from "../../db/client.js";
import { holdLock } from "../../db/locks.js";
import { queueNotifications } from "../../notifications/mutations.js";
import { streakNudge } from "./messages.js";
import { findGroupGoal, listMembersAttendance, listNudgeCandidates, type NudgeCandidate } from "./queries.js";
import { countStreak, periodToNudge } from "./rules.js";

type Tx = Prisma.TransactionClient;

// Streaks are counted again from the stored attendance, never incremented: a recount repeated or
// retried writes the same numbers, and a room settled late is counted as if it had been on time.

/**
 * One recount of a group's streaks at a time: the next reads the attendance after this one wrote,
 * so a slow recount never writes older numbers over a newer one's.
 */
async function lockGroupStreaks(tx: Tx, groupId: string): Promise<void> {
  await holdLock(tx, `streaks:${groupId}`);
}

interface StreakRow {
  userId: string;
  current: number;
  best: number;
  countedThrough: Date | null;
}

async function writeStreaks(tx: Tx, groupId: string, rows: StreakRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "WorkoutStreak" ("userId", "groupId", current, best, "countedThrough", "updatedAt")
    SELECT s."userId", ${groupId}::uuid, s.current, s.best, s."countedThrough", now()
    FROM unnest(${rows.map(({ userId }) => userId)}::uuid[], ${rows.map(({ current }) => current)}::int[],
                ${rows.map(({ best }) => best)}::int[],
                ${rows.map(({ countedThrough }) => countedThrough)}::timestamp(3)[])
      AS s("userId", current, best, "countedThrough")
    ON CONFLICT ("userId", "groupId") DO UPDATE
    SET current = excluded.current, best = excluded.best, "countedThrough" = excluded."countedThrough",
        "updatedAt" = excluded."updatedAt"`;
}

/**
 * Counts these people's streaks in the group again at `now`, from the workouts they attended, and
 * stores them; a group without a goal, or a person no longer in it, keeps none.
 */
export async function recomputeStreaks(
  db: Database,
  { userIds, groupId }: { userIds: string[]; groupId: string },
  now = new Date(),
): Promise<void> {
  if (userIds.length === 0) return;
  await db.$transaction(async (tx) => {
    await lockGroupStreaks(tx, groupId);
    const goal = await findGroupGoal(tx, groupId);
    const members = goal ? await listMembersAttendance(tx, groupId, userIds) : [];
    const rows = members.map(({ userId, timeZone, sessions }) => {
      const streak = goal ? countStreak(goal, sessions, timeZone, now) : undefined;
      return { userId, current: 0, best: 0, ...streak, countedThrough: streak?.countedThrough ?? null };
    });
    const kept = new Set(rows.map(({ userId }) => userId));
    const gone = userIds.filter((userId) => !kept.has(userId));
    if (gone.length > 0) await tx.workoutStreak.deleteMany({ where: { groupId, userId: { in: gone } } });
    await writeStreaks(tx, groupId, rows);
  });
}

/** Counts every member's streak in the group again, as when its goal changed. */
export async function recomputeGroupStreaks(db: Database, groupId: string, now = new Date()): Promise<void> {
  const members = await db.groupMember.findMany({ where: { groupId }, select: { userId: true } });
  const stale = await db.workoutStreak.findMany({ where: { groupId }, select: { userId: true } });
  const userIds = [...new Set([...members, ...stale].map(({ userId }) => userId))];
  await recomputeStreaks(db, { groupId, userIds }, now);
}

/**
 * Marks these streaks nudged for their period, each only if it was not yet: the rows claimed are
 * the ones whose nudge this call sends, so two scans at once never send one twice.
 */
async function claimNudges(tx: Tx, due: { candidate: NudgeCandidate; period: Date }[]): Promise<Set<string>> {
  const claimed = await tx.$queryRaw<{ userId: string; groupId: string }[]>`
    UPDATE "WorkoutStreak" s SET "nudgedFor" = d.period
    FROM unnest(${due.map(({ candidate }) => candidate.userId)}::uuid[],
                ${due.map(({ candidate }) => candidate.groupId)}::uuid[],
                ${due.map(({ period }) => period)}::timestamp(3)[]) AS d("userId", "groupId", period)
    WHERE s."userId" = d."userId" AND s."groupId" = d."groupId"
      AND (s."nudgedFor" IS NULL OR s."nudgedFor" < d.period)
    RETURNING s."userId", s."groupId"`;
  return new Set(claimed.map(({ userId, groupId }) => `${userId}/${groupId}`));
}

/**
 * The evening a streak would break, one word to its owner through the outbox, once per period;
 * written with the mark that it was sent. Returns how many were sent.
 */
export async function sendStreakNudges(db: Database, now = new Date()): Promise<number> {
  const due = (await listNudgeCandidates(db, now)).flatMap((candidate) => {
    const period = periodToNudge(candidate.goal, candidate, candidate.timeZone, now);
    return period ? [{ candidate, period }] : [];
  });
  if (due.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const claimed = await claimNudges(tx, due);
    const nudges = due.filter(({ candidate }) => claimed.has(`${candidate.userId}/${candidate.groupId}`));
    return queueNotifications(
      tx,
      nudges.map(({ candidate }) => ({ userId: candidate.userId, ...streakNudge(candidate) })),
    );
  });
}
