import type { Database } from "../db/client.js";
import type { Language, Platform } from "../identity/types.js";
import { notificationButtonsSchema, notificationParamsSchema } from "./schema.js";
import type { DeliveredNotification, NotificationContent, PendingDelivery } from "./types.js";

const contentColumns = { messageKey: true, params: true, buttons: true } as const;

/** Checks the stored JSON, so a row that does not parse fails loudly instead of sending garbage. */
function readContent(row: { messageKey: string; params: unknown; buttons: unknown }): NotificationContent {
  return {
    messageKey: row.messageKey,
    params: notificationParamsSchema.parse(row.params),
    buttons: notificationButtonsSchema.parse(row.buttons ?? []),
  };
}

/** Outbox rows not yet handed to the delivery queue, oldest first. */
export async function findUnenqueued(db: Database, limit: number): Promise<string[]> {
  const rows = await db.notification.findMany({
    where: { status: "pending", enqueuedAt: null },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/**
 * Rows handed over long ago but still pending: their job may have been lost with a Redis that
 * kept no data. Handing them over again is safe because delivery checks the row first.
 */
export async function findStalled(db: Database, olderThan: Date, limit: number): Promise<string[]> {
  const rows = await db.notification.findMany({
    where: { status: "pending", enqueuedAt: { lt: olderThan } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

const personalTarget = {
  language: true,
  accounts: { orderBy: { lastSeenAt: "desc" }, select: { platform: true, chatId: true } },
} as const;

/** The account most likely to reach the person: the messenger asked for, else the one last used. */
function personalDelivery(
  user: { language: Language; accounts: { platform: Platform; chatId: string | null }[] },
  via: Platform | null,
): Pick<PendingDelivery, "language" | "target"> {
  const reachable = user.accounts.filter((account) => account.chatId !== null);
  const chosen = reachable.find((account) => account.platform === via) ?? reachable[0];
  return {
    language: user.language,
    target: chosen?.chatId ? { platform: chosen.platform, chatId: chosen.chatId, shared: false } : undefined,
  };
}

/** A pending notification and where to deliver it; undefined once it is sent or failed. */
export async function getPendingDelivery(db: Database, id: string): Promise<PendingDelivery | undefined> {
  const row = await db.notification.findFirst({
    where: { id, status: "pending" },
    select: {
      id: true,
      attempts: true,
      via: true,
      ...contentColumns,
      user: { select: personalTarget },
      groupChat: { select: { platform: true, chatId: true, language: true } },
    },
  });
  if (!row) return undefined;
  const { groupChat } = row;
  const delivery = groupChat
    ? { language: groupChat.language, target: { ...groupChat, shared: true } }
    : row.user
      ? personalDelivery(row.user, row.via)
      : { language: "ko" as const, target: undefined };
  return { notificationId: row.id, ...readContent(row), attempts: row.attempts, ...delivery };
}

export async function countByStatus(db: Database): Promise<Record<string, number>> {
  const groups = await db.notification.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
}

/**
 * Messages delivered to a playground persona, which the page shows as its inbox. Ephemeral rows
 * whose words are gone were read already (readInbox) and are not shown again.
 */
export async function listDeliveredTo(
  db: Database,
  userId: string,
  after: Date | undefined,
  limit = 20,
): Promise<DeliveredNotification[]> {
  const rows = await db.notification.findMany({
    where: {
      userId,
      status: "sent",
      NOT: { ephemeral: true, params: { equals: {} } },
      ...(after ? { sentAt: { gt: after } } : {}),
    },
    orderBy: { sentAt: "asc" },
    take: limit,
    select: { id: true, sentAt: true, ephemeral: true, ...contentColumns },
  });
  return rows.map(({ id, sentAt, ephemeral, ...content }) => ({
    id,
    sentAt,
    ephemeral,
    ...readContent(content),
  }));
}
