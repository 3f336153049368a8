import type { Middleware } from "grammy";
import type { Redis } from "ioredis";
import type { TelegramContext } from "./context.js";
import { describeFailure } from "./failures.js";

/** Telegram redelivers an unacknowledged update within minutes; an hour covers every retry. */
const REMEMBER_SECONDS = 3600;

/**
 * Telegram delivers at least once: a webhook that timed out or a restart mid-batch brings the
 * same update again, possibly to another instance. The first instance to claim the update id in
 * Redis handles it; a repeat is acknowledged and skipped, so nobody gets the same reply twice.
 */
export function skipRepeatedUpdates(redis: Redis, queuePrefix: string): Middleware<TelegramContext> {
  return async (ctx, next) => {
    const key = `${queuePrefix}:telegram-update:${ctx.update.update_id}`;
    let first = true;
    try {
      first = (await redis.set(key, "1", "EX", REMEMBER_SECONDS, "NX")) === "OK";
    } catch (error) {
      // Fail open: a rare double reply is better than dropping every update while Redis is away.
      ctx.log.warn({ err: describeFailure(error) }, "could not check for a repeated update");
    }
    if (!first) {
      ctx.log.info("repeated update skipped");
      return;
    }
    await next();
  };
}
