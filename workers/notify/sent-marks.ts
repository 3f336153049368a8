import type { Redis } from "ioredis";

// That a messenger accepted a notification, kept apart from its row: written right after the send,
// read before any send. When recording the delivery on the row fails (PostgreSQL gone right after
// the messenger said yes), the job's retry finds the mark and records the delivery instead of
// sending the message a second time.

/**
 * Outlives every way the row can come back to a delivery while it still says pending: the job's
 * retries, and a new job once the failed one's id is dropped a day later (jobs.ts KEEP_FINISHED)
 * and the relay finds the row stalled.
 */
const SENT_MARK_SECONDS = 2 * 24 * 3600;

const sentMarkKey = (queuePrefix: string, notificationId: string) =>
  `${queuePrefix}:notification-sent:${notificationId}`;

export async function markAccepted(redis: Redis, queuePrefix: string, notificationId: string): Promise<void> {
  await redis.set(sentMarkKey(queuePrefix, notificationId), "1", "EX", SENT_MARK_SECONDS);
}

export async function wasAccepted(
  redis: Redis,
  queuePrefix: string,
  notificationId: string,
): Promise<boolean> {
  return (await redis.exists(sentMarkKey(queuePrefix, notificationId))) === 1;
}
