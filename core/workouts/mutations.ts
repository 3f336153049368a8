import type { Database, Prisma } from "../db/client.js";
import { holdLock } from "../db/locks.js";
import { AppError, parseOrRefuse } from "../errors.js";
import { insertMeetup } from "../groups/meetups/mutations.js";
import { checkMeetupTimes } from "../groups/meetups/rules.js";
import { memberRole } from "../groups/queries.js";
import { requireRole } from "../groups/roles.js";
import type { Profile } from "../identity/types.js";
import { refuseProfanity } from "../moderation/profanity.js";
import { checkGoal } from "./goal.js";
import { type WorkoutNow, type WorkoutPlan, workoutNowSchema, workoutPlanSchema } from "./schema.js";
import { recomputeGroupStreaks } from "./streaks/mutations.js";
import type { WorkoutGoal } from "./types.js";

// A workout is a meetup held in a video room (insertMeetup opens it): RSVPs, the waitlist,
// reminders, series, calendar feeds and Discord events are the meetups' own. Its place is the
// group's area, stored rounded, so nearby lists still find it; no one is asked for a venue.

type Tx = Prisma.TransactionClient;

const MINUTE_MS = 60_000;

interface WorkoutFields {
  groupId: string;
  title: string;
  kind: WorkoutNow["kind"];
  capacity?: number | undefined;
}

/** The meetup row of a workout in the group, hosted by `hostId`, over these times. */
async function workoutMeetup(
  tx: Tx,
  hostId: string,
  workout: WorkoutFields,
  times: { startAt: Date; endAt: Date },
  series: { id: string } | undefined,
) {
  const group = await tx.group.findUniqueOrThrow({
    where: { id: workout.groupId },
    select: { areaLat: true, areaLng: true, areaLabel: true, playground: true },
  });
  return {
    groupId: workout.groupId,
    hostId,
    title: workout.title,
    ...times,
    placeLat: group.areaLat,
    placeLng: group.areaLng,
    placeLabel: group.areaLabel,
    capacity: workout.capacity ?? null,
    costNote: null,
    playground: group.playground,
    seriesId: series?.id ?? null,
    seriesIndex: series ? 0 : null,
    workoutKind: workout.kind,
  };
}

/**
 * A moderator or the owner plans a workout of the group and hosts it: once, or weekly on the
 * given days, each occurrence counted on the host's clocks with a room of its own (extendSeries).
 */
export async function planWorkout(
  db: Database,
  profile: Profile,
  input: WorkoutPlan,
  now = new Date(),
): Promise<string> {
  const workout = parseOrRefuse(workoutPlanSchema, input);
  refuseProfanity(workout.title);
  const times = {
    startAt: workout.startAt,
    endAt: new Date(workout.startAt.getTime() + workout.minutes * MINUTE_MS),
  };
  checkMeetupTimes(times, now);
  return db.$transaction(async (tx) => {
    requireRole(await memberRole(tx, workout.groupId, profile.userId), "moderator");
    const series = workout.weekdays
      ? await tx.meetupSeries.create({
          data: {
            groupId: workout.groupId,
            hostId: profile.userId,
            recurrence: "weekly",
            weekdays: workout.weekdays,
            timeZone: profile.timeZone,
          },
          select: { id: true },
        })
      : undefined;
    return insertMeetup(tx, await workoutMeetup(tx, profile.userId, workout, times, series), now);
  });
}

/**
 * Any member may start a room now and host it; one live room a host, so a double tap (or an update
 * Telegram sends again) opens one room and tells the group once.
 */
export async function startWorkoutNow(
  db: Database,
  profile: Profile,
  input: WorkoutNow,
  now = new Date(),
): Promise<string> {
  const workout = parseOrRefuse(workoutNowSchema, input);
  refuseProfanity(workout.title);
  const times = { startAt: now, endAt: new Date(now.getTime() + workout.minutes * MINUTE_MS) };
  return db.$transaction(async (tx) => {
    requireRole(await memberRole(tx, workout.groupId, profile.userId), "member");
    // Two taps would each count no live room before either inserted one: the second waits here.
    await holdLock(tx, `workout-now:${profile.userId}`);
    const live = await tx.meetup.count({
      where: {
        hostId: profile.userId,
        workoutKind: { not: null },
        status: "scheduled",
        startAt: { lte: now },
        endAt: { gt: now },
      },
    });
    if (live > 0) throw new AppError("workout-already-live");
    return insertMeetup(tx, await workoutMeetup(tx, profile.userId, workout, times, undefined), now);
  });
}

/** The owner or a moderator sets the group's goal, or takes it away with null; streaks count against the new one. */
export async function setGroupGoal(
  db: Database,
  userId: string,
  groupId: string,
  goal: WorkoutGoal | null,
  now = new Date(),
): Promise<void> {
  if (goal) checkGoal(goal);
  await db.$transaction(async (tx) => {
    requireRole(await memberRole(tx, groupId, userId), "moderator");
    await tx.group.update({
      where: { id: groupId },
      data: {
        goalPeriod: goal?.period ?? null,
        goalSessions: goal?.sessions ?? null,
        goalMinutes: goal?.minutes ?? null,
      },
    });
  });
  await recomputeGroupStreaks(db, groupId, now);
}
