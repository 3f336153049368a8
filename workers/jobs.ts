import { type Job, type JobSchedulerTemplateOptions, type JobsOptions, UnrecoverableError } from "bullmq";
import { z } from "zod";

// Every queue, the jobs it carries and each job's payload. Payloads hold ids only: whatever a job
// needs about a person is read from the database when it runs, so Redis never holds personal data
// and a job that waited a day acts on today's facts.
export const jobSchemas = {
  notify: {
    "relay-outbox": z.object({}),
    "deliver-notification": z.object({ notificationId: z.uuid() }),
  },
} as const;

type Schemas = typeof jobSchemas;
export type QueueName = keyof Schemas;
export type JobName<Q extends QueueName> = Extract<keyof Schemas[Q], string>;
export type Payload<Q extends QueueName, J extends JobName<Q>> = z.output<Schemas[Q][J]>;

export const queueNames = Object.keys(jobSchemas) as QueueName[];

/**
 * A finished job id is kept a day, so a late re-relay of the same row is a no-op; by age only,
 * because a count limit would drop ids early under load. The row, not the job, is the record:
 * once a failed job is gone, a row still pending (its failure never recorded, e.g. a crash right
 * after the last try) is relayed afresh as stalled.
 */
const KEEP_FINISHED = { age: 24 * 60 * 60 };

/**
 * BullMQ ignores an add whose job id exists, so a deliver job's id is the notification id: relaying
 * a row twice, from two machines or after a crash, queues one job. Ids must not contain ':'.
 */
export function deliverJobId(notificationId: string): string {
  return `notification-${notificationId}`;
}

export interface RetryPolicy {
  attempts: number;
  /** Exponential backoff doubles this after each failed try. */
  firstRetryDelayMs: number;
}

export function deliverJobOptions({ attempts, firstRetryDelayMs }: RetryPolicy): JobsOptions {
  return {
    attempts,
    // Jitter spreads the retries of many notifications that failed together, as in an outage.
    backoff: { type: "exponential", delay: firstRetryDelayMs, jitter: 0.2 },
    removeOnComplete: KEEP_FINISHED,
    removeOnFail: KEEP_FINISHED,
  };
}

export const relayJobOptions: JobSchedulerTemplateOptions = {
  attempts: 1,
  // `true` removes only this job; a count or age here would also trim the kept deliver job ids,
  // which share the completed set.
  removeOnComplete: true,
  removeOnFail: KEEP_FINISHED,
};

export interface JobRun {
  job: Job;
  /** The worker's lock token, needed to move the running job (e.g. to delayed). */
  token: string | undefined;
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
