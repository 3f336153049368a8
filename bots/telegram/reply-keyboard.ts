import type { Redis } from "ioredis";

/**
 * A reply keyboard (share location, share contact) stays on the person's screen until a later
 * message removes it, and a later update may be handled by another instance, so whether one is
 * showing lives in Redis. A week covers a person who comes back long after the question expired.
 */
const REMEMBER_SECONDS = 7 * 24 * 3600;

export interface ReplyKeyboardMemo {
  isOpen(chatId: number): Promise<boolean>;
  set(chatId: number, open: boolean): Promise<void>;
}

export function replyKeyboardMemo(redis: Redis, queuePrefix: string): ReplyKeyboardMemo {
  const keyOf = (chatId: number) => `${queuePrefix}:telegram-reply-keyboard:${chatId}`;
  return {
    async isOpen(chatId) {
      return (await redis.exists(keyOf(chatId))) === 1;
    },
    async set(chatId, open) {
      if (open) await redis.set(keyOf(chatId), "1", "EX", REMEMBER_SECONDS);
      else await redis.del(keyOf(chatId));
    },
  };
}
