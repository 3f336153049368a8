import type { JobsOptions } from "bullmq";
import type { Database } from "../../core/db/client.js";
import { markEnqueued } from "../../core/notifications/mutations.js";
import { findStalled, findUnenqueued } from "../../core/notifications/queries.js";
import { addKeyedJobs, deliverJobId, type TypedQueue } from "../jobs.js";

export type NotifyQueue = TypedQueue<"notify">;

/** A job still pending this long after hand-over was probably lost with a Redis that kept no data. */
const STALLED_AFTER_MS = 10 * 60 * 1000;
const BATCH = 500;

export interface RelayDeps {
  db: Database;
  queue: NotifyQueue;
  deliverOptions: JobsOptions;
}

/**
 * Hands outbox rows to the delivery queue. Safe to run on many machines at once: the job id is
 * the row id, so BullMQ drops a second add, and delivery re-checks the row before sending.
 * Adding before marking means a crash in between only causes one more (dropped) add.
 */
export async function relayOutbox(
  { db, queue, deliverOptions }: RelayDeps,
  now = new Date(),
): Promise<number> {
  const [fresh, stalled] = await Promise.all([
    findUnenqueued(db, BATCH),
    findStalled(db, new Date(now.getTime() - STALLED_AFTER_MS), BATCH),
  ]);
  const ids = [...new Set([...fresh, ...stalled])];
  if (ids.length === 0) return 0;
  const jobs = ids.map((notificationId) => ({
    data: { notificationId },
    jobId: deliverJobId(notificationId),
  }));
  await addKeyedJobs(queue, "deliver-notification", jobs, deliverOptions);
  await markEnqueued(db, ids, now);
  return ids.length;
}
