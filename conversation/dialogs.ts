import type { Redis } from "ioredis";

/** An unfinished command: what is known so far and which field is being asked. */
export interface DialogState {
  command: string;
  args: Record<string, unknown>;
  skipped: string[];
  awaiting: string;
  /**
   * The chat it began in: only answers from there continue it, so a question asked in private is
   * never answered (and its answer shown) in a group. Undefined where there are no chats (playground).
   */
  chatId?: string | undefined;
}

export interface DialogStore {
  get(key: string): Promise<DialogState | undefined>;
  set(key: string, state: DialogState): Promise<void>;
  clear(key: string): Promise<boolean>;
}

/** How long an unanswered question waits before the dialog is forgotten. */
export const DIALOG_TTL_SECONDS = 15 * 60;

/**
 * Dialogs live in Redis so any bot instance can continue one and a restart does not lose it.
 * They hold only what the person typed for an unfinished command, and expire on their own.
 */
export function redisDialogStore(redis: Redis, prefix: string): DialogStore {
  const keyOf = (key: string) => `${prefix}dialog:${key}`;
  return {
    async get(key) {
      const raw = await redis.get(keyOf(key));
      return raw ? (JSON.parse(raw) as DialogState) : undefined;
    },
    async set(key, state) {
      await redis.set(keyOf(key), JSON.stringify(state), "EX", DIALOG_TTL_SECONDS);
    },
    async clear(key) {
      return (await redis.del(keyOf(key))) > 0;
    },
  };
}
