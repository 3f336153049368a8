import {
  DelayedError,
  type Job,
  type JobSchedulerTemplateOptions,
  type JobsOptions,
  type Queue,
  UnrecoverableError,
} from "bullmq";
import { z } from "zod";

// Every queue, the jobs it carries and each job's payload. Payloads hold ids only: whatever a job
// needs about a person is read from the database when it runs, so Redis never holds personal data
// and a job that waited a day acts on today's facts.
export const jobSchemas = {
  notify: {
    "relay-outbox": z.object({}),
    "deliver-notification": z.object({ notificationId: z.uuid() }),
    // Posts and edits board cards: it shares the notifications' limit, which is the bot's, not the queue's.
    "sync-board-cards": z.object({ itemId: z.uuid() }),
    // Brings linked Discord servers' scheduled events in line with their groups' meetups.
    "sync-discord-events": z.object({}),
  },
  // A queue of its own because a BullMQ rate limit and a 429 pause hold a whole queue: matching and
  // upkeep must not wait behind Telegram's limit, nor spend it.
  market: {
    "scan-published-items": z.object({}),
    "match-alerts": z.object({ itemId: z.uuid() }),
    "scan-board-sync": z.object({}),
    "expire-items": z.object({}),
    "clean-searches": z.object({}),
  },
  // Matching is CPU work on an in-memory index: its own queue, one job at a time per worker.
  carpool: {
    "scan-ride-requests": z.object({}),
    "match-ride-request": z.object({ requestId: z.uuid(), version: z.number().int().positive() }),
    "batch-match-rides": z.object({}),
    "ride-upkeep": z.object({}),
  },
  // A queue of its own: an SMTP server's pace and outages are not a messenger's. The payload is the
  // code's id only; the address and the code are read, sealed, from its row when the job runs.
  mail: {
    "scan-email-codes": z.object({}),
    "send-email-code": z.object({ codeId: z.uuid() }),
  },
  // Hobby groups' meetups. A reminder waits as a delayed job until its moment, so the queue holds
  // many jobs for days: its own queue keeps them out of the way of the others' scans and limits.
  groups: {
    "scan-meetup-reminders": z.object({}),
    // The version is in the job's id only: the job reads the meetup as it is when it runs.
    "send-meetup-reminder": z.object({ meetupId: z.uuid(), kind: z.enum(["day", "hour"]) }),
    "meetup-upkeep": z.object({}),
    "send-post-digests": z.object({}),
    // Workouts' video rooms: the ends honjok decides (timeout, cancellation), and each ended room's
    // settlement, keyed by the room (roomSettlementJobId).
    "room-upkeep": z.object({}),
    "settle-room": z.object({ roomId: z.uuid() }),
    // The streaks of everyone seated in a settled room, counted again (streaksJobId).
    "recount-streaks": z.object({ roomId: z.uuid() }),
    // The evening before a streak would break, one nudge per streak and period (WorkoutStreak.nudgedFor).
    "send-streak-nudges": z.object({}),
  },
  // Points for outcomes: a scan of every earning kind's source (core/points/outcomes), paid by cause.
  points: {
    "credit-outcomes": z.object({}),
  },
  // Trust scores: database work only, kept apart so a burst of causes never delays reminders.
  trust: {
    "scan-trust-scores": z.object({}),
    // The version is in the job's id only (trustJobId): the job reads the version as it is when it runs.
    "recompute-trust": z.object({ userId: z.uuid() }),
    "recompute-all-trust": z.object({}),
  },
} as const;

type Schemas = typeof jobSchemas;
export type QueueName = keyof Schemas;
export type JobName<Q extends QueueName> = Extract<keyof Schemas[Q], string>;
export type Payload<Q extends QueueName, J extends JobName<Q>> = z.output<Schemas[Q][J]>;
/** A queue that accepts only its declared jobs, each with its own payload. */
export type TypedQueue<Q extends QueueName> = Queue<Payload<Q, JobName<Q>>, void, JobName<Q>>;

export const queueNames = Object.keys(jobSchemas) as QueueName[];

/** Every job name; each belongs to one queue. */
type AnyJobName = { [Q in QueueName]: JobName<Q> }[QueueName];
type QueueOf<J extends AnyJobName> = { [Q in QueueName]: J extends JobName<Q> ? Q : never }[QueueName];

/**
 * A finished job id is kept a day, so a late re-add of the same id (a relay or scan that read its
 * row just before the job settled it) is a no-op; by age only, because a count limit would drop ids
 * early under load. The row, not the job, is the record: once a failed job is gone, a row still
 * unsettled is queued afresh (a pending notification as stalled, an unmatched item by the next scan).
 */
const KEEP_FINISHED = { age: 24 * 60 * 60 };

/**
 * BullMQ ignores an add whose job id exists, so a deliver job's id is the notification id: relaying
 * a row twice, from two machines or after a crash, queues one job. Ids must not contain ':'.
 */
export function deliverJobId(notificationId: string): string {
  return `notification-${notificationId}`;
}

/** An item is matched against the alerts once, so its id alone keys the job. */
export function alertsJobId(itemId: string): string {
  return `alerts-${itemId}`;
}

/** One job per item and version: a later change gets a job of its own even while an earlier one waits. */
export function boardJobId(itemId: string, version: number): string {
  return `board-${itemId}-v${version}`;
}

/** One job per request and version: a changed request is matched again, a repeated scan adds nothing. */
export function matchJobId(requestId: string, version: number): string {
  return `match-${requestId}-v${version}`;
}

/** A code is mailed once, so its id alone keys the job. */
export function emailCodeJobId(codeId: string): string {
  return `email-code-${codeId}`;
}

/**
 * One reminder job per meetup, version and kind: a moved or cancelled meetup's jobs are found by
 * the version they were queued for and removed, a repeated scan adds nothing.
 */
export function meetupReminderJobId(meetupId: string, version: number, kind: "day" | "hour"): string {
  return `meetup-reminder-${meetupId}-v${version}-${kind}`;
}

/** A room is settled once, so its id alone keys the job. */
export function roomSettlementJobId(roomId: string): string {
  return `settle-room-${roomId}`;
}

/** A settled room's streaks are counted once, so its id alone keys the job. */
export function streaksJobId(roomId: string): string {
  return `streaks-room-${roomId}`;
}

/** One job per person and version: a new cause gets a job of its own, a repeated scan adds nothing. */
export function trustJobId(userId: string, version: number): string {
  return `trust-${userId}-v${version}`;
}

export interface RetryPolicy {
  attempts: number;
  /** Exponential backoff doubles this after each failed try. */
  firstRetryDelayMs: number;
}

/** Options of a job keyed by a domain id (see deliverJobId, alertsJobId). */
export function keyedJobOptions({ attempts, firstRetryDelayMs }: RetryPolicy): JobsOptions {
  return {
    attempts,
    // Jitter spreads the retries of many jobs that failed together, as in an outage.
    backoff: { type: "exponential", delay: firstRetryDelayMs, jitter: 0.2 },
    removeOnComplete: KEEP_FINISHED,
    removeOnFail: KEEP_FINISHED,
  };
}

/**
 * Adds one job per row that owes one, each under its keyed id (deliverJobId, matchJobId…): BullMQ
 * drops an add whose id exists, so scans on many machines, or a repeat after a crash, add nothing.
 */
export async function addKeyedJobs<J extends AnyJobName>(
  queue: TypedQueue<QueueOf<J>>,
  name: J,
  jobs: { data: Payload<QueueOf<J>, Extract<J, JobName<QueueOf<J>>>>; jobId: string; delay?: number }[],
  options: JobsOptions,
): Promise<number> {
  if (jobs.length === 0) return 0;
  const bulk = jobs.map(({ data, jobId, delay }) => ({
    name,
    data,
    opts: { ...options, jobId, ...(delay === undefined ? {} : { delay }) },
  }));
  // As in defineHandler: TypeScript cannot follow one job's payload into its queue's union of them.
  await queue.addBulk(bulk as unknown as Parameters<TypedQueue<QueueOf<J>>["addBulk"]>[0]);
  return jobs.length;
}

/** A time of day a job runs at: a cron pattern read on the clock of a time zone. */
export interface DailyAt {
  pattern: string;
  tz: string;
}

/**
 * One BullMQ job scheduler per `[job, every ms or a cron pattern]`: a scan or upkeep job added at
 * that interval or time, once for all the machines that call this (an upsert keyed by the job's name).
 */
export async function scheduleEvery<Q extends QueueName>(
  queue: TypedQueue<Q>,
  schedules: [JobName<Q>, number | DailyAt][],
): Promise<void> {
  // As in addKeyedJobs: TypeScript cannot follow a generic queue's names into BullMQ's own types.
  const untyped = queue as unknown as Queue;
  for (const [name, every] of schedules) {
    const repeat = typeof every === "number" ? { every } : every;
    await untyped.upsertJobScheduler(name, repeat, { name, data: {}, opts: scheduledJobOptions });
  }
}

/** Options of the jobs a scheduler repeats: a failed run is simply followed by the next one. */
export const scheduledJobOptions: JobSchedulerTemplateOptions = {
  attempts: 1,
  // `true` removes only this job; a count or age here would also trim the kept ids of the queue's
  // keyed jobs, which share the completed set.
  removeOnComplete: true,
  removeOnFail: KEEP_FINISHED,
};

export interface JobRun {
  job: Job;
  /** The worker's lock token, needed to move the running job (e.g. to delayed). */
  token: string | undefined;
}

/** Whether a job's failure is its last: no tries left, or a failure no retry can mend. */
export function isFinalFailure(job: Job, error: Error): boolean {
  const unrecoverable = error instanceof UnrecoverableError || error.name === "UnrecoverableError";
  return unrecoverable || job.attemptsMade >= (job.opts.attempts ?? 1);
}

export type JobHandler<P> = (payload: P, run: JobRun) => Promise<void>;

/** One job's handler, with its payload already checked against the job's schema. */
export interface HandlerRegistration {
  queue: QueueName;
  job: string;
  run: (data: unknown, run: JobRun) => Promise<void>;
}

export function defineHandler<Q extends QueueName, J extends JobName<Q>>(
  queue: Q,
  job: J,
  handle: JobHandler<Payload<Q, J>>,
): HandlerRegistration {
  // TypeScript cannot follow an index by two type parameters; this is the schema Payload<Q, J> is read from.
  const schema = jobSchemas[queue][job] as unknown as z.ZodType<Payload<Q, J>>;
  return {
    queue,
    job,
    run: (data, run) => {
      const parsed = schema.safeParse(data);
      // A payload that does not parse will not parse on a retry either.
      if (!parsed.success) throw new UnrecoverableError(`invalid payload for ${queue}/${job}`);
      return handle(parsed.data, run);
    },
  };
}

export type HandlerTable = { [Q in QueueName]: Record<JobName<Q>, HandlerRegistration["run"]> };

/**
 * The start-up check: every declared job has exactly one handler and every handler a declared
 * job, so a job can never sit in a queue that no code will run.
 */
export function assertHandlers(registrations: HandlerRegistration[]): HandlerTable {
  const problems: string[] = [];
  const table: Record<string, Record<string, HandlerRegistration["run"]>> = {};
  for (const queue of queueNames) {
    table[queue] = {};
    for (const job of Object.keys(jobSchemas[queue])) {
      const found = registrations.filter((r) => r.queue === queue && r.job === job);
      if (found.length === 0) problems.push(`${queue}/${job} has no handler`);
      if (found.length > 1) problems.push(`${queue}/${job} has ${found.length} handlers`);
      if (found[0]) table[queue][job] = found[0].run;
    }
  }
  for (const { queue, job } of registrations) {
    if (!(queue in jobSchemas) || !(job in jobSchemas[queue]))
      problems.push(`${queue}/${job} is not a declared job`);
  }
  if (problems.length > 0)
    throw new Error(`Job handlers do not match the declared jobs: ${problems.join("; ")}`);
  return table as HandlerTable;
}

/** The Worker processor of one queue: finds the job's handler by name and runs it. */
export function processorFor(table: HandlerTable, queue: QueueName) {
  const handlers: Record<string, HandlerRegistration["run"] | undefined> = table[queue];
  return async (job: Job, token?: string): Promise<void> => {
    const handle = handlers[job.name];
    if (!handle) throw new UnrecoverableError(`no handler for ${queue}/${job.name}`);
    await handle(job.data, { job, token });
  };
}

/**
 * Runs the job again after `ms`. Waiting in the delayed set costs no attempt and frees the worker
 * for other work meanwhile (a busy chat, an item another job is syncing).
 */
export async function runAgainLater(job: Job, token: string | undefined, ms: number): Promise<never> {
  await job.moveToDelayed(Date.now() + ms, token);
  throw new DelayedError();
}
