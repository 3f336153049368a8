// What the fake Telegram answers a Bot API call with. The in-process transformer and the HTTP
// server both answer through here, so a test sees the same Telegram whichever way it reaches it.
import type { UserFromGetMe } from "grammy/types";

/** The bot as getMe describes it; handing it to the bot skips the getMe call (bot.ts). */
export const testBotInfo: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: "honjok",
  username: "honjok_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export interface ApiCall {
  method: string;
  /** As sent over the wire (keyboards as plain JSON). */
  payload: Record<string, unknown>;
}

/** The members each group or channel (by chat id) has made admins; everyone else is a plain member. */
export type ChatAdmins = Record<number, number[]>;

function chatMember(payload: Record<string, unknown>, admins: ChatAdmins) {
  const userId = Number(payload.user_id);
  const isAdmin = admins[Number(payload.chat_id)]?.includes(userId) ?? false;
  return {
    status: isAdmin ? "administrator" : "member",
    user: { id: userId, is_bot: false, first_name: "…" },
  };
}

const message = (payload: Record<string, unknown>, messageId: number) => ({
  message_id: messageId,
  date: Math.floor(Date.now() / 1000),
  chat: { id: Number(payload.chat_id), type: "private" },
  ...(payload.text === undefined ? {} : { text: payload.text }),
  // A photo sent (by file_id, or uploaded and kept under one, server.ts) comes back as Telegram's sizes.
  ...(payload.photo === undefined
    ? {}
    : {
        photo: [
          { file_id: String(payload.photo), file_unique_id: `${payload.photo}-u`, width: 1280, height: 1280 },
        ],
      }),
});

/**
 * A fresh answerer: each message sent through it gets the next id, as in one chat history.
 * Calls it has no particular answer for succeed with `true`, as most Bot API methods do.
 */
export function botApiAnswers(admins: ChatAdmins = {}): (call: ApiCall) => unknown {
  let lastMessageId = 0;
  return ({ method, payload }) => {
    if (method === "getMe") return testBotInfo;
    if (method === "getChatMember") return chatMember(payload, admins);
    if (method.startsWith("send")) return message(payload, ++lastMessageId);
    if (method.startsWith("edit")) return message(payload, Number(payload.message_id));
    return true;
  };
}
