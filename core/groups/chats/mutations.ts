import type { Database } from "../../db/client.js";
import { AppError, isAppError, parseOrRefuse } from "../../errors.js";
import { type RegisterAccountInput, registerAccount } from "../../identity/mutations.js";
import type { Profile } from "../../identity/types.js";
import { joinGroup } from "../mutations.js";
import { memberRole } from "../queries.js";
import { hasRole, requireRole } from "../roles.js";
import { findLinkedChat, listServerChats } from "./queries.js";
import { type GroupChatInput, groupChatSchema } from "./schema.js";
import type { LinkedChat } from "./types.js";

/** A link lives in a chat many people read, and only someone who runs that chat may make or end one. */
function managedChat(chat: GroupChatInput): GroupChatInput {
  const parsed = parseOrRefuse(groupChatSchema, chat);
  if (parsed.kind === "private") throw new AppError("group-chat-private");
  if (!parsed.canManage) throw new AppError("group-chat-not-manager");
  return parsed;
}

/**
 * Links the chat the command was typed in to a group, replacing the group's earlier chat on the
 * same messenger. Needs both keys: a moderator of the group, who also runs the chat.
 */
export async function linkGroupChat(
  db: Database,
  profile: Profile,
  groupId: string,
  chat: GroupChatInput,
): Promise<LinkedChat> {
  const { platform, id: chatId, guildId } = managedChat(chat);
  await db.$transaction(async (tx) => {
    requireRole(await memberRole(tx, groupId, profile.userId), "moderator");
    const current = await findLinkedChat(tx, platform, chatId);
    if (current && current.groupId !== groupId) throw new AppError("group-chat-taken");
    const settings = {
      chatId,
      guildId: guildId ?? null,
      language: profile.language,
      timeZone: profile.timeZone,
    };
    const where = { groupId_platform: { groupId, platform } };
    const before = await tx.groupChat.findUnique({ where, select: { id: true, guildId: true } });
    // The events made in another server stay there; the new server gets events of its own.
    if (before && before.guildId !== settings.guildId)
      await tx.discordEvent.deleteMany({ where: { groupChatId: before.id } });
    await tx.groupChat.upsert({
      where,
      update: { ...settings, linkedById: profile.userId },
      create: { groupId, platform, ...settings, linkedById: profile.userId },
    });
  });
  return (await findLinkedChat(db, platform, chatId)) as LinkedChat;
}

/** Ends the chat's link, by a moderator of the group or an admin of the chat; false when it had none. */
export async function unlinkGroupChat(db: Database, userId: string, chat: GroupChatInput): Promise<boolean> {
  const parsed = parseOrRefuse(groupChatSchema, chat);
  if (parsed.kind === "private") throw new AppError("group-chat-private");
  return db.$transaction(async (tx) => {
    const linked = await findLinkedChat(tx, parsed.platform, parsed.id);
    if (!linked) return false;
    const role = await memberRole(tx, linked.groupId, userId);
    if (!parsed.canManage && !(role && hasRole(role, "moderator")))
      throw new AppError("group-chat-not-manager");
    await tx.groupChat.delete({ where: { id: linked.id } });
    return true;
  });
}

/**
 * Records that the meetup's event shows `version`. Only forward: a slow sync finishing after a
 * newer one cannot mark the event as showing an older state.
 */
export async function recordDiscordEvent(
  db: Database,
  synced: { meetupId: string; groupChatId: string; eventId: string | undefined; version: number },
): Promise<void> {
  const { meetupId, groupChatId, eventId, version } = synced;
  await db.$executeRaw`
    INSERT INTO "DiscordEvent" ("meetupId", "groupChatId", "eventId", version)
    VALUES (${meetupId}::uuid, ${groupChatId}::uuid, ${eventId ?? null}, ${version})
    ON CONFLICT ("meetupId", "groupChatId") DO UPDATE
      SET "eventId" = COALESCE(EXCLUDED."eventId", "DiscordEvent"."eventId"), version = EXCLUDED.version
      WHERE "DiscordEvent".version IS NULL OR "DiscordEvent".version < EXCLUDED.version`;
}

/** What joining a linked chat did about its group. */
export type ChatJoinOutcome = "joined" | "already-member" | "group-full" | "not-open" | "not-linked";

/** Joins the group a chat is linked to, when it is open; see joinGroupFromChat. */
async function joinLinkedGroup(
  db: Database,
  account: RegisterAccountInput,
  linked: LinkedChat,
  now: Date,
): Promise<ChatJoinOutcome> {
  if (!linked.groupOpen) return "not-open";
  const { userId } = await registerAccount(db, account, now);
  try {
    await joinGroup(db, userId, linked.groupId, undefined, now);
    return "joined";
  } catch (error) {
    if (isAppError(error) && error.code === "group-already-member") return "already-member";
    if (isAppError(error) && error.code === "group-full") return "group-full";
    throw error;
  }
}

/**
 * Someone joined a messenger chat: when the chat is linked to an open group, they join the group
 * too (and become known to honjok, as their first command would make them). A join the group
 * cannot take (full, already in) is an answer here, not a failure: nobody asked, so nobody is
 * there to be told.
 */
export async function joinGroupFromChat(
  db: Database,
  account: RegisterAccountInput,
  chatId: string,
  now = new Date(),
): Promise<ChatJoinOutcome> {
  const linked = await findLinkedChat(db, account.platform, chatId);
  return linked ? joinLinkedGroup(db, account, linked, now) : "not-linked";
}

/**
 * Someone joined a Discord server: every server channel is open to them, so they join each open
 * group linked to a channel there.
 */
export async function joinGroupsFromServer(
  db: Database,
  account: RegisterAccountInput,
  guildId: string,
  now = new Date(),
): Promise<ChatJoinOutcome[]> {
  const outcomes: ChatJoinOutcome[] = [];
  for (const linked of await listServerChats(db, guildId)) {
    outcomes.push(await joinLinkedGroup(db, account, linked, now));
  }
  return outcomes;
}
