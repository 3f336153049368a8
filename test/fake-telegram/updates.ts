// Builders for the updates Telegram sends a bot, for tests that hand them to bot.handleUpdate
// and for the people (person.ts) who send them through the fake server.
import type { Update } from "grammy/types";
import { testBotInfo } from "./answers.js";

let lastUpdateId = 0;
/** Update ids unique within the process, as Telegram's are per bot. */
export const nextUpdateId = () => ++lastUpdateId;

export interface FakeUser {
  id: number;
  firstName: string;
  languageCode?: string;
  /** The Telegram @username; many people have none. */
  username?: string;
}

function sender(user: FakeUser) {
  return {
    id: user.id,
    is_bot: false as const,
    first_name: user.firstName,
    ...(user.languageCode ? { language_code: user.languageCode } : {}),
    ...(user.username ? { username: user.username } : {}),
  };
}

const privateChat = (user: FakeUser) => ({
  id: user.id,
  type: "private" as const,
  first_name: user.firstName,
  ...(user.username ? { username: user.username } : {}),
});

function message(user: FakeUser, fields: Record<string, unknown>): Update {
  return {
    update_id: nextUpdateId(),
    message: {
      message_id: lastUpdateId,
      date: Math.floor(Date.now() / 1000),
      chat: privateChat(user),
      from: sender(user),
      ...fields,
    },
  } as Update;
}

/** The text, with a leading `/name` marked as a command as Telegram marks it. */
function textFields(text: string) {
  const command = /^\/\S+/.exec(text)?.[0];
  const entities = command ? [{ type: "bot_command", offset: 0, length: command.length }] : undefined;
  return { text, ...(entities ? { entities } : {}) };
}

/** A message in the person's private chat with the bot; `/name …` is marked as a command. */
export function textUpdate(user: FakeUser, text: string): Update {
  return message(user, textFields(text));
}

/** A group or channel the bot is in; Telegram gives them negative ids. */
export interface FakeChat {
  id: number;
  title: string;
}

/** A message from the person in a supergroup the bot is in. */
export function groupTextUpdate(user: FakeUser, group: FakeChat, text: string): Update {
  return message(user, { ...textFields(text), chat: { ...group, type: "supergroup" } });
}

/** A post in a channel: it comes from the channel itself, with no person behind it. */
export function channelPostUpdate(channel: FakeChat, text: string): Update {
  const chat = { ...channel, type: "channel" as const };
  return {
    update_id: nextUpdateId(),
    channel_post: {
      message_id: lastUpdateId,
      date: Math.floor(Date.now() / 1000),
      chat,
      sender_chat: chat,
      ...textFields(text),
    },
  } as Update;
}

export function locationUpdate(user: FakeUser, latitude: number, longitude: number): Update {
  return message(user, { location: { latitude, longitude } });
}

/**
 * A shared phone contact, a message with no text. Its owner is the person themselves (their
 * "share my phone number" button), someone else (from the address book) or, with null, nobody
 * on Telegram.
 */
export function contactUpdate(user: FakeUser, phone: string, ownerId: number | null = user.id): Update {
  const contact = { phone_number: phone, first_name: "contact", ...(ownerId ? { user_id: ownerId } : {}) };
  return message(user, { contact });
}

/** A photo as Telegram sends it: the same picture in several sizes, smallest first. */
export function photoUpdate(user: FakeUser, fileId: string): Update {
  const size = (suffix: string, width: number) => ({
    file_id: `${fileId}-${suffix}`,
    file_unique_id: `${fileId}-${suffix}-unique`,
    width,
    height: width,
  });
  return message(user, { photo: [size("small", 90), size("large", 1280)] });
}

/** A file sent as it is (not as a photo): Telegram says its type, size and name. */
export function documentUpdate(
  user: FakeUser,
  fileId: string,
  { mimeType, fileSize, fileName = "picture" }: { mimeType: string; fileSize: number; fileName?: string },
): Update {
  const document = {
    file_id: fileId,
    file_unique_id: `${fileId}-u`,
    mime_type: mimeType,
    file_size: fileSize,
    file_name: fileName,
  };
  return message(user, { document });
}

/** A press on an inline button under one of the bot's messages, in the private chat or a group. */
export function callbackUpdate(user: FakeUser, data: string, group?: FakeChat): Update {
  return {
    update_id: nextUpdateId(),
    callback_query: {
      id: `cb${lastUpdateId}`,
      from: sender(user),
      chat_instance: `ci${user.id}`,
      data,
      message: {
        message_id: lastUpdateId,
        date: Math.floor(Date.now() / 1000),
        chat: group ? { ...group, type: "supergroup" } : privateChat(user),
        from: { id: testBotInfo.id, is_bot: true, first_name: testBotInfo.first_name },
        text: "…",
      },
    },
  } as Update;
}

/** The service message Telegram sends to a group when people join it. */
export function newMembersUpdate(group: FakeChat, joined: FakeUser[]): Update {
  const [first] = joined;
  if (!first) throw new Error("nobody joined");
  return message(first, { chat: { ...group, type: "supergroup" }, new_chat_members: joined.map(sender) });
}

/** A `chat_member` update, sent to a bot that administers the group, of a person joining it. */
export function memberJoinedUpdate(group: FakeChat, user: FakeUser): Update {
  const date = Math.floor(Date.now() / 1000);
  return {
    update_id: nextUpdateId(),
    chat_member: {
      chat: { ...group, type: "supergroup" },
      from: sender(user),
      date,
      old_chat_member: { status: "left", user: sender(user) },
      new_chat_member: { status: "member", user: sender(user) },
    },
  } as Update;
}
