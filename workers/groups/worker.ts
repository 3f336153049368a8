import type { WorkerOptions } from "bullmq";
import type { Database } from "../../core/db/client.js";
import { settleAttendance } from "../../core/groups/attendance/mutations.js";
import { reminderKinds } from "../../core/groups/meetups/types.js";
import { sendPostDigests } from "../../core/groups/posts/mutations.js";
import { markRemindersScheduled, sendMeetupReminder } from "../../core/groups/reminders/mutations.js";
import { listMeetupsDueForReminders } from "../../core/groups/reminders/queries.js";
import { remindersAhead } from "../../core/groups/reminders/rules.js";
import { extendSeries } from "../../core/groups/series/mutations.js";
import type { Logger } from "../../runtime/logger.js";
import {
  addKeyedJobs,
  defineHandler,
  type HandlerRegistration,
  keyedJobOptions,
  meetupReminderJobId,
  scheduleEvery,
  type TypedQueue,
} from "../jobs.js";

export type GroupsQueue = TypedQueue<"groups">;

/** A new, moved or cancelled meetup has its reminder jobs in step within about a second. */
export const MEETUP_SCAN_MS = 1000;
/** New occurrences of series, and attendance of meetups that ended. */
export const MEETUP_UPKEEP_MS = 30_000;
/** A digest is due a day after the last: looking every 15 minutes sends it within a quarter hour. */
export const POST_DIGEST_MS = 15 * 60_000;

export const groupsWorkerOptions = {
  /** Short transactions: a few at once, leaving the pool to the rest. */
  concurrency: 4,
} satisfies Partial<WorkerOptions>;

export interface GroupsDeps {
  db: Database;
  queue: GroupsQueue;
  logger: Logger;
}

export interface GroupsSchedule {
  scanMs: number;
  upkeepMs: number;
  /** How often members due a daily digest of new posts are looked for. */
  digestMs: number;
  /** How often workouts' rooms are closed at their timeout and ended ones settled. */
  roomUpkeepMs: number;
  /** How often streaks that break tonight are looked for. */
  streakNudgeMs: number;
}

// A failed reminder is retried: the MeetupReminder row keeps a retry from sending it twice.
const reminderOptions = keyedJobOptions({ attempts: 5, firstRetryDelayMs: 2000 });

type OwedMeetup = Awaited<ReturnType<typeof listMeetupsDueForReminders>>[number];

/** Removes the jobs of the version last queued; a job already running re-reads the meetup and does nothing. */
async function removeReminderJobs(queue: GroupsQueue, meetupId: string, version: number): Promise<void> {
  await Promise.all(reminderKinds.map((kind) => queue.remove(meetupReminderJobId(meetupId, version, kind))));
}

/** A delayed job per reminder still ahead of a scheduled meetup, keyed by its version. */
function reminderJobs(meetup: OwedMeetup, now: Date) {
  if (meetup.status !== "scheduled") return [];
  return remindersAhead(meetup.startAt, now).map(({ kind, at }) => ({
    data: { meetupId: meetup.id, kind },
    jobId: meetupReminderJobId(meetup.id, meetup.version, kind),
    delay: at.getTime() - now.getTime(),
  }));
}

/**
 * Puts every owing meetup's reminder jobs in step with its version: the jobs of the version last
 * queued go, the current versions' come (none once cancelled) in one bulk add, then the meetups
 * record it. Their rows hold the debt, so a crash anywhere in between is made good by the next scan.
 */
export async function scanMeetupReminders({ db, queue }: GroupsDeps): Promise<number> {
  const owed = await listMeetupsDueForReminders(db);
  const now = new Date();
  await Promise.all(
    owed.flatMap(({ id, remindersVersion }) =>
      remindersVersion === null ? [] : [removeReminderJobs(queue, id, remindersVersion)],
    ),
  );
  await addKeyedJobs(
    queue,
    "send-meetup-reminder",
    owed.flatMap((meetup) => reminderJobs(meetup, now)),
    reminderOptions,
  );
  await markRemindersScheduled(db, owed);
  return owed.length;
}

export function groupsHandlers(deps: GroupsDeps): HandlerRegistration[] {
  const { db, logger } = deps;
  return [
    defineHandler("groups", "scan-meetup-reminders", async () => {
      const scheduled = await scanMeetupReminders(deps);
      if (scheduled > 0) logger.debug({ scheduled }, "meetup reminders scheduled");
    }),
    defineHandler("groups", "send-meetup-reminder", async (job) => {
      const reminded = await sendMeetupReminder(db, job);
      logger.debug({ ...job, reminded }, "meetup reminder");
    }),
    defineHandler("groups", "send-post-digests", async () => {
      const sent = await sendPostDigests(db);
      if (sent > 0) logger.info({ sent }, "post digests sent");
    }),
    defineHandler("groups", "meetup-upkeep", async () => {
      const now = new Date();
      const done = { occurrences: await extendSeries(db, now), settled: await settleAttendance(db, now) };
      if (done.occurrences > 0 || done.settled > 0) logger.info(done, "meetup upkeep");
    }),
  ];
}

export async function scheduleGroupsJobs(queue: GroupsQueue, schedule: GroupsSchedule): Promise<void> {
  await scheduleEvery<"groups">(queue, [
    ["scan-meetup-reminders", schedule.scanMs],
    ["meetup-upkeep", schedule.upkeepMs],
    ["send-post-digests", schedule.digestMs],
    ["room-upkeep", schedule.roomUpkeepMs],
    ["send-streak-nudges", schedule.streakNudgeMs],
  ]);
}
