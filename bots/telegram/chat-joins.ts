import { Composer } from "grammy";
import type { User } from "grammy/types";
import { joinGroupFromChat } from "../../core/groups/chats/mutations.js";
import type { AppContext } from "../../runtime/context.js";
import { accountOf } from "./accounts.js";
import type { TelegramContext } from "./context.js";

/**
 * People joining a group chat linked to an open hobby group join the group too. Telegram tells a
 * bot in two ways: a service message in any group it is in, and (where it is an admin) a
 * `chat_member` update; joining is idempotent, so both may arrive. Nothing is said in the chat.
 */
export function chatJoins(appContext: AppContext): Composer<TelegramContext> {
  const joins = new Composer<TelegramContext>();

  async function learn(ctx: TelegramContext, users: User[]) {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    for (const user of users.filter((candidate) => !candidate.is_bot)) {
      const outcome = await joinGroupFromChat(appContext.db, accountOf(user), String(chatId));
      ctx.log.debug({ outcome }, "chat join");
    }
  }

  joins.on("message:new_chat_members", (ctx) => learn(ctx, ctx.msg.new_chat_members));
  joins.on("chat_member", (ctx) => {
    const { old_chat_member: before, new_chat_member: after } = ctx.chatMember;
    const joined = ["left", "kicked"].includes(before.status) && after.status === "member";
    return joined ? learn(ctx, [after.user]) : undefined;
  });
  return joins;
}
