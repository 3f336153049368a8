import type { User } from "grammy/types";
import type { RegisterAccountInput } from "../../core/identity/mutations.js";

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
