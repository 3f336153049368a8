import type { User } from "grammy/types";
import type { RegisterAccountInput } from "../../core/identity/mutations.js";
import type { TelegramContext } from "./context.js";

/** A Telegram user as honjok registers them; `chatId` once they write to the bot privately. */
export function accountOf(user: User, privateChatId?: number): RegisterAccountInput {
  return {
    platform: "telegram",
    externalId: String(user.id),
    chatId: privateChatId === undefined ? undefined : String(privateChatId),
    displayName: user.first_name,
    language: user.language_code,
    handle: user.username,
  };
}

/**
 * Who is writing, as the dispatcher knows people; the private chat is where the bot reaches them.
 * A channel's posts have no person behind them, only the channel (and only its admins can post),
 * so the channel acts as itself.
 */
export function identityOf(ctx: TelegramContext): RegisterAccountInput | undefined {
  const from = ctx.from;
  if (ctx.channelPost && ctx.chat?.type === "channel") {
    return { platform: "telegram", externalId: String(ctx.chat.id), displayName: ctx.chat.title };
  }
  if (!from || from.is_bot) return undefined;
  return accountOf(from, ctx.chat?.type === "private" ? ctx.chat.id : undefined);
}

/** Where the answers to an update go: its chat, else the sender's private chat. */
export const replyChatIdOf = (ctx: TelegramContext): number | undefined => ctx.chatId ?? ctx.from?.id;
