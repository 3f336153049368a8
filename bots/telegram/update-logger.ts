import type { Middleware } from "grammy";
import type { Logger } from "../../runtime/logger.js";
import type { TelegramContext } from "./context.js";

/**
 * First in the chain: every log line about an update carries its id, so one update's story can
 * be followed across instances. Only ids are bound here, never what the person wrote.
 */
export function updateLogger(logger: Logger): Middleware<TelegramContext> {
  return (ctx, next) => {
    ctx.log = logger.child({ platform: "telegram", update_id: ctx.update.update_id });
    return next();
  };
}
