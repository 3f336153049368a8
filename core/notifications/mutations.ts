import type { Database, Prisma } from "../db/client.js";
import type { Platform } from "../identity/types.js";
import type { NewNotification } from "./types.js";

/** Writes to the outbox. Call it with the transaction that makes the change it reports. */
export async function queueNotification(
  tx: Prisma.TransactionClient,
  notification: NewNotification,
): Promise<string> {
  const { id } = await tx.notification.create({
    data: {
      userId: notification.userId,
      messageKey: notification.messageKey,
      params: notification.params ?? {},
      via: notification.via ?? null,
    },
    select: { id: true },
  });
  return id;
}

/** Marks rows as handed to the queue; the job id is the row id, so a repeat hand-over is harmless. */
export async function markEnqueued(db: Database, ids: string[], now = new Date()): Promise<void> {
  await db.notification.updateMany({
    where: { id: { in: ids }, enqueuedAt: null },
    data: { enqueuedAt: now },
  });
}

/** Records a delivery; false when it was already delivered or given up, so a repeat does nothing. */
export async function markSent(
  db: Database,
  id: string,
  platform: Platform,
  now = new Date(),
): Promise<boolean> {
  const { count } = await db.notification.updateMany({
    where: { id, status: "pending" },
    data: { status: "sent", sentAt: now, deliveredTo: platform, attempts: { increment: 1 }, lastError: null },
  });
  return count === 1;
}

export async function recordFailedAttempt(db: Database, id: string, error: string): Promise<void> {
  await db.notification.updateMany({
    where: { id, status: "pending" },
    data: { attempts: { increment: 1 }, lastError: error.slice(0, 500) },
  });
}

/** After the last try the row stays, marked failed with its reason, for people to look at. */
export async function markFailed(db: Database, id: string, error: string, now = new Date()): Promise<void> {
  await db.notification.updateMany({
    where: { id, status: "pending" },
    data: { status: "failed", failedAt: now, lastError: error.slice(0, 500) },
  });
}
