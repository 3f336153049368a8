import type { FileFlavor } from "@grammyjs/files";
import type { Context } from "grammy";
import type { Input } from "../../conversation/dispatcher.js";
import type { Logger } from "../../runtime/logger.js";
import type { UpdateTurn } from "./update-turn.js";

/** What the router passed to the dispatcher, so the metrics middleware can label the update. */
export interface Routed {
  kind: Input["kind"];
  /** A known command's name, else the input kind: labels must not grow with what people type. */
  command: string;
}

/** grammY's context, files that can be downloaded (@grammyjs/files), and what honjok's middleware adds to each update. */
export type TelegramContext = FileFlavor<Context> & {
  /** A child logger bound to this update's id. */
  log: Logger;
  routed?: Routed;
  /** What the update reads from and writes to Redis (update-turn.ts), once it is claimed. */
  turn?: UpdateTurn;
};

/**
 * Only these reach the bot: everything else would be fetched and then ignored. `chat_member`
 * tells of people joining linked group chats.
 */
export const TELEGRAM_UPDATES = ["message", "channel_post", "callback_query", "chat_member"] as const;
