import type { Database, Prisma } from "../../db/client.js";
import { goalOf } from "../goal.js";
import type { WorkoutGoal } from "../types.js";
import { streakCalendar } from "./calendar.js";
import { countStreak, currentAt } from "./rules.js";
import type { AttendedSession, GroupStreaks, MemberStreak } from "./types.js";

type Reader = Database | Prisma.TransactionClient;

const goalSelect = { goalPeriod: true, goalSessions: true, goalMinutes: true } as const;

export async function findGroupGoal(db: Reader, groupId: string): Promise<WorkoutGoal | undefined> {
  const group = await db.group.findUnique({ where: { id: groupId }, select: goalSelect });
  return group ? goalOf(group) : undefined;
}

/**
 * Each of these people still in the group, with their time zone and the group's workouts they
 * attended: two flat reads, since a recount reads a whole group's seats at once. A cancelled
 * workout counts for nobody, whoever was in its room before it was called off.
 */
export async function listMembersAttendance(
  db: Reader,
  groupId: string,
  userIds: string[],
): Promise<{ userId: string; timeZone: string; sessions: AttendedSession[] }[]> {
  const members = await db.groupMember.findMany({
    where: { groupId, userId: { in: userIds } },
    select: { userId: true, user: { select: { timeZone: true } } },
  });
  const seats = await db.$queryRaw<{ userId: string; startAt: Date; presentSeconds: number | null }[]>`
    SELECT p."userId", m."startAt", p."presentSeconds" FROM "RoomParticipant" p
    JOIN "VideoRoom" r ON r.id = p."roomId" JOIN "Meetup" m ON m.id = r."meetupId"
    WHERE m."groupId" = ${groupId}::uuid AND m.status <> 'cancelled' AND p.attended
      AND p."userId" = ANY(${userIds}::uuid[])`;
  const sessions = new Map<string, AttendedSession[]>();
  for (const { userId, startAt, presentSeconds } of seats) {
    const list = sessions.get(userId) ?? [];
    list.push({ startAt, presentSeconds: presentSeconds ?? 0 });
    sessions.set(userId, list);
  }
  return members.map(({ userId, user }) => ({
    userId,
    timeZone: user.timeZone,
    sessions: sessions.get(userId) ?? [],
  }));
}

/** Enough names for a glance in a chat message; the rest of the group is in its member list. */
export const MEMBER_STREAKS_SHOWN = 10;

/**
 * The group's members whose stored streak is still alive at `now`, longest first, by the names
 * the group shows its members; `me` as counted just now rather than as last stored.
 */
async function listMemberStreaks(
  db: Reader,
  groupId: string,
  goal: WorkoutGoal,
  me: MemberStreak,
  now: Date,
): Promise<MemberStreak[]> {
  const rows = await db.workoutStreak.findMany({
    where: {
      groupId,
      current: { gt: 0 },
      userId: { not: me.userId },
      user: { groupMembers: { some: { groupId } } },
    },
    select: {
      userId: true,
      current: true,
      countedThrough: true,
      user: { select: { displayName: true, timeZone: true } },
    },
  });
  const others = rows.map(({ userId, current, countedThrough, user }) => ({
    userId,
    displayName: user.displayName,
    current: currentAt(goal, { current, countedThrough: countedThrough ?? undefined }, user.timeZone, now),
  }));
  return [...others, me]
    .filter(({ current }) => current > 0)
    .sort((a, b) => b.current - a.current || a.displayName.localeCompare(b.displayName))
    .slice(0, MEMBER_STREAKS_SHOWN);
}

/** My streak in each of my groups that has a goal, with its weeks and the members' streaks. */
export async function listMyStreaks(db: Reader, userId: string, now: Date): Promise<GroupStreaks[]> {
  const memberships = await db.groupMember.findMany({
    where: { userId, group: { goalPeriod: { not: null } } },
    orderBy: { joinedAt: "asc" },
    select: {
      user: { select: { displayName: true } },
      group: { select: { id: true, name: true, ...goalSelect } },
    },
  });
  const views: GroupStreaks[] = [];
  for (const { user, group } of memberships) {
    const goal = goalOf(group);
    const [attendance] = await listMembersAttendance(db, group.id, [userId]);
    if (!goal || !attendance) continue;
    const { sessions, timeZone } = attendance;
    const mine = countStreak(goal, sessions, timeZone, now);
    const me = { userId, displayName: user.displayName, current: mine.current };
    views.push({
      groupId: group.id,
      groupName: group.name,
      goal,
      mine,
      calendar: streakCalendar(goal, sessions, timeZone, now),
      members: await listMemberStreaks(db, group.id, goal, me, now),
    });
  }
  return views;
}

/** A stored streak that may be owed tonight's nudge, with what deciding and writing it needs. */
export interface NudgeCandidate {
  userId: string;
  groupId: string;
  groupName: string;
  goal: WorkoutGoal;
  timeZone: string;
  current: number;
  countedThrough: Date;
}

/** A streak alive is counted through this period or the last: a weekly one began at most 14 days ago. */
const ALIVE_WITHIN_DAYS = 15;

/**
 * Streaks alive and not yet nudged for the period after the one they were counted through, of
 * members who want the nudge, in groups that still have a goal. Not while they were in a room of
 * the group that is not settled yet (a room settles up to half an hour after its end): that
 * workout may have met the goal already. Whether it is their evening is for the rule to say
 * (periodToNudge), on each person's own clock.
 */
export async function listNudgeCandidates(db: Reader, now: Date): Promise<NudgeCandidate[]> {
  const rows = await db.$queryRaw<
    (Omit<NudgeCandidate, "goal"> & {
      period: WorkoutGoal["period"];
      sessions: number;
      minutes: number | null;
    })[]
  >`
    SELECT s."userId", s."groupId", g.name AS "groupName", u."timeZone", s.current, s."countedThrough",
           g."goalPeriod"::text AS period, g."goalSessions" AS sessions, g."goalMinutes" AS minutes
    FROM "WorkoutStreak" s
    JOIN "User" u ON u.id = s."userId"
    JOIN "Group" g ON g.id = s."groupId"
    JOIN "GroupMember" m ON m."groupId" = s."groupId" AND m."userId" = s."userId"
    WHERE s.current > 0 AND u."streakNudges" AND g."goalPeriod" IS NOT NULL AND g."goalSessions" IS NOT NULL
      AND s."countedThrough" > ${now}::timestamp(3) - make_interval(days => ${ALIVE_WITHIN_DAYS})
      AND (s."nudgedFor" IS NULL OR s."nudgedFor" <= s."countedThrough")
      AND NOT EXISTS (
        SELECT 1 FROM "RoomPresence" pr
        JOIN "RoomParticipant" p ON p.id = pr."participantId"
        JOIN "VideoRoom" r ON r.id = pr."roomId" JOIN "Meetup" w ON w.id = r."meetupId"
        WHERE p."userId" = s."userId" AND w."groupId" = s."groupId" AND r."settledAt" IS NULL)`;
  return rows.map(({ period, sessions, minutes, ...row }) => ({
    ...row,
    goal: { period, sessions, minutes: minutes ?? undefined },
  }));
}
