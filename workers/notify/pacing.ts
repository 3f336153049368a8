import type { Redis } from "ioredis";
import type { Platform } from "../../core/identity/types.js";

/** Messengers throttle bursts to one chat (Telegram: about one message a second). */
export const CHAT_PACE_MS = 1000;

/** Telegram lets a bot post about 20 messages a minute to one group or channel. */
export const SHARED_CHAT_PACE_MS = 3000;

/**
 * Claims the chat's sending slot for the next `paceMs`, shared by every worker through Redis.
 * Returns 0 when claimed, else the milliseconds until the slot frees up.
 */
export async function claimChatSlot(
  redis: Redis,
  queuePrefix: string,
  platform: Platform,
  chatId: string,
  paceMs = CHAT_PACE_MS,
): Promise<number> {
  const key = `${queuePrefix}:chat-pace:${platform}:${chatId}`;
  if ((await redis.set(key, "1", "PX", paceMs, "NX")) === "OK") return 0;
  // The slot may expire between the two calls (PTTL -2): then try again right away.
  return Math.max(await redis.pttl(key), 1);
}
