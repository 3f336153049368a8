import type { Database } from "../../db/client.js";
import { Prisma } from "../../db/generated/client.js";
import type { Platform } from "../../identity/types.js";
import type { DiscordEventTask, LinkedChat } from "./types.js";

const linkedChatColumns = {
  id: true,
  groupId: true,
  platform: true,
  chatId: true,
  guildId: true,
  language: true,
  timeZone: true,
  group: { select: { name: true, joinPolicy: true } },
} as const;

type LinkedChatRow = Prisma.GroupChatGetPayload<{ select: typeof linkedChatColumns }>;

function toLinkedChat({ group, guildId, platform, ...row }: LinkedChatRow): LinkedChat {
  // Links are made only from Telegram and Discord chats (groupChatSchema).
  return {
    ...row,
    platform: platform as LinkedChat["platform"],
    groupName: group.name,
    groupOpen: group.joinPolicy === "open",
    guildId: guildId ?? undefined,
  };
}

/** The group a chat is linked to, if any. */
export async function findLinkedChat(
  db: Database | Prisma.TransactionClient,
  platform: Platform,
  chatId: string,
): Promise<LinkedChat | undefined> {
  const row = await db.groupChat.findUnique({
    where: { platform_chatId: { platform, chatId } },
    select: linkedChatColumns,
  });
  return row ? toLinkedChat(row) : undefined;
}

export async function listGroupChats(
  db: Database | Prisma.TransactionClient,
  groupId: string,
): Promise<LinkedChat[]> {
  const rows = await db.groupChat.findMany({ where: { groupId }, select: linkedChatColumns });
  return rows.map(toLinkedChat);
}

/** The group chats linked in one Discord server. */
export async function listServerChats(db: Database, guildId: string): Promise<LinkedChat[]> {
  const rows = await db.groupChat.findMany({
    where: { platform: "discord", guildId },
    select: linkedChatColumns,
  });
  return rows.map(toLinkedChat);
}

type DiscordEventRow = Omit<DiscordEventTask, "eventId" | "placeLabel" | "costNote" | "cancelled"> & {
  eventId: string | null;
  placeLabel: string | null;
  costNote: string | null;
  status: string;
};

/**
 * Meetups whose Discord event is behind their version: never made, or made before the last
 * change. Only meetups still ahead get a new event; one already made follows its meetup anyway
 * (a cancellation must reach it).
 */
export async function listDiscordEventsBehind(
  db: Database,
  now: Date,
  limit: number,
): Promise<DiscordEventTask[]> {
  const rows = await db.$queryRaw<DiscordEventRow[]>(Prisma.sql`
    SELECT m.id AS "meetupId", c.id AS "groupChatId", c."guildId", e."eventId", m.version,
           m.status::text AS status, m.title, m."startAt", m."endAt", m."placeLabel", m."costNote",
           m."workoutKind" IS NOT NULL AS "videoRoom",
           g.name AS "groupName", c.language::text AS language
    FROM "GroupChat" c
    JOIN "Group" g ON g.id = c."groupId"
    JOIN "Meetup" m ON m."groupId" = c."groupId"
    LEFT JOIN "DiscordEvent" e ON e."meetupId" = m.id AND e."groupChatId" = c.id
    WHERE c."guildId" IS NOT NULL
      AND (e.version IS NULL OR e.version < m.version)
      AND (e."eventId" IS NOT NULL OR (m.status = 'scheduled' AND m."startAt" > ${now}))
    ORDER BY m."startAt"
    LIMIT ${limit}`);
  return rows.map(({ eventId, placeLabel, costNote, status, ...row }) => ({
    ...row,
    eventId: eventId ?? undefined,
    placeLabel: placeLabel ?? undefined,
    costNote: costNote ?? undefined,
    cancelled: status === "cancelled",
  }));
}
