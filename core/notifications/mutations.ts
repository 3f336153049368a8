import type { Database, Prisma } from "../db/client.js";
import type { Platform } from "../identity/types.js";
import { listDeliveredTo } from "./queries.js";
import { notificationButtonsSchema, notificationParamsSchema } from "./schema.js";
import type { DeliveredNotification, MessageContent, NewNotification } from "./types.js";

/** A person (with how their message is kept and sent) or a group's linked chat. */
type Recipient =
  | { userId: string; ephemeral: boolean; via: Platform | null }
  | { groupChatId: string; ephemeral: boolean };

function rowData(recipient: Recipient, content: MessageContent) {
  return {
    ...recipient,
    messageKey: content.messageKey,
    // Checked here too, so a button too long for the messengers fails the change that makes it.
    params: notificationParamsSchema.parse(content.params ?? {}),
    ...(content.buttons ? { buttons: notificationButtonsSchema.parse(content.buttons) } : {}),
  };
}

function createRow(tx: Prisma.TransactionClient, recipient: Recipient, content: MessageContent) {
  return tx.notification.create({ data: rowData(recipient, content), select: { id: true } });
}

/** Writes to the outbox. Call it with the transaction that makes the change it reports. */
export async function queueNotification(
  tx: Prisma.TransactionClient,
  notification: NewNotification,
): Promise<string> {
  const { userId, ephemeral = false, via = null } = notification;
  return (await createRow(tx, { userId, ephemeral, via }, notification)).id;
}

/**
 * Many notifications in one INSERT, for a change that tells many people at once (a meetup's
 * members, its reminder): one round trip however many there are. Returns how many were written.
 */
export async function queueNotifications(
  tx: Prisma.TransactionClient,
  notifications: NewNotification[],
): Promise<number> {
  if (notifications.length === 0) return 0;
  const data = notifications.map(({ userId, ephemeral = false, via = null, ...content }) =>
    rowData({ userId, ephemeral, via }, content),
  );
  return (await tx.notification.createMany({ data })).count;
}

/**
 * A post to a group's linked chat, through the same outbox: delivered in the chat's language,
 * retried and given up on as a person's notifications are. `ephemeral` as for a person's.
 */
export async function queueChatPost(
  tx: Prisma.TransactionClient,
  groupChatId: string,
  content: MessageContent & { ephemeral?: boolean },
): Promise<string> {
  const { ephemeral = false, ...message } = content;
  return (await createRow(tx, { groupChatId, ephemeral }, message)).id;
}

/** Marks rows as handed to the queue; the job id is the row id, so a repeat hand-over is harmless. */
export async function markEnqueued(db: Database, ids: string[], now = new Date()): Promise<void> {
  await db.notification.updateMany({
    where: { id: { in: ids }, enqueuedAt: null },
    data: { enqueuedAt: now },
  });
}

type Settlement = Prisma.NotificationUpdateManyMutationInput;

/** Ends the delivery of the pending row `where` names; the count says whether it was still pending. */
async function settle(db: Database, where: { id: string; ephemeral?: boolean }, data: Settlement) {
  const { count } = await db.notification.updateMany({ where: { ...where, status: "pending" }, data });
  return count;
}

/**
 * Ends a pending row's delivery; false when it had already ended. An ephemeral row loses its
 * params in the same UPDATE, so no crash in between can leave a delivered message's words behind.
 */
async function settleErasingWords(db: Database, id: string, data: Settlement): Promise<boolean> {
  // The row matches exactly one of the two: `ephemeral` never changes once it is written.
  const [kept, erased] = await Promise.all([
    settle(db, { id, ephemeral: false }, data),
    settle(db, { id, ephemeral: true }, { ...data, params: {} }),
  ]);
  return kept + erased === 1;
}

/** Records a delivery; false when it was already delivered or given up, so a repeat does nothing. */
export async function markSent(
  db: Database,
  id: string,
  platform: Platform,
  now = new Date(),
): Promise<boolean> {
  const sent: Settlement = {
    status: "sent",
    sentAt: now,
    deliveredTo: platform,
    attempts: { increment: 1 },
    lastError: null,
  };
  // A persona's inbox is this table: its words stay until the page has read them (readInbox).
  if (platform === "web") return (await settle(db, { id }, sent)) === 1;
  return settleErasingWords(db, id, sent);
}

export async function recordFailedAttempt(db: Database, id: string, error: string): Promise<void> {
  await db.notification.updateMany({
    where: { id, status: "pending" },
    data: { attempts: { increment: 1 }, lastError: error.slice(0, 500) },
  });
}

/** After the last try the row stays, marked failed with its reason, for people to look at. */
export async function markFailed(db: Database, id: string, error: string, now = new Date()): Promise<void> {
  await settleErasingWords(db, id, { status: "failed", failedAt: now, lastError: error.slice(0, 500) });
}

/**
 * The notifications delivered to a playground persona, for its page to show. Ephemeral words
 * are erased once read here, as a messenger's delivery erases them once sent.
 */
export async function readInbox(
  db: Database,
  userId: string,
  after: Date | undefined,
): Promise<DeliveredNotification[]> {
  const delivered = await listDeliveredTo(db, userId, after);
  const read = delivered.filter((notification) => notification.ephemeral).map(({ id }) => id);
  if (read.length > 0)
    await db.notification.updateMany({ where: { id: { in: read } }, data: { params: {} } });
  return delivered;
}
