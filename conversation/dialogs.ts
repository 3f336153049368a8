import type { Redis } from "ioredis";
import type { AccountRef } from "../core/identity/types.js";

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
  clear(key: string): Promise<void>;
}

/** One dialog per person and messenger account: a second account of theirs has its own. */
export const dialogKeyOf = (account: AccountRef) => `${account.platform}:${account.externalId}`;

/** How long an unanswered question waits before the dialog is forgotten. */
export const DIALOG_TTL_SECONDS = 15 * 60;

/** A Redis command as `redis.call` and a pipeline's `call` take it. */
export type RedisCommand = [name: string, ...args: (string | number)[]];

/**
 * Where a dialog is kept, and how it is read and written there. Exported apart from the store so a
 * front door can read and write a dialog in the same round trip as its other keys
 * (bots/telegram/update-turn.ts).
 */
export const dialogRedisKey = (queuePrefix: string, key: string) => `${queuePrefix}:dialog:${key}`;

export function parseDialog(raw: string | null): DialogState | undefined {
  return raw ? (JSON.parse(raw) as DialogState) : undefined;
}

/** The command that records a dialog, or its end when there is none. */
export function dialogWrite(redisKey: string, state: DialogState | undefined): RedisCommand {
  return state ? ["set", redisKey, JSON.stringify(state), "EX", DIALOG_TTL_SECONDS] : ["del", redisKey];
}

/**
 * Dialogs live in Redis so any bot instance can continue one and a restart does not lose it.
 * They hold only what the person typed for an unfinished command, and expire on their own.
 */
export function redisDialogStore(redis: Redis, queuePrefix: string): DialogStore {
  const keyOf = (key: string) => dialogRedisKey(queuePrefix, key);
  return {
    async get(key) {
      return parseDialog(await redis.get(keyOf(key)));
    },
    async set(key, state) {
      await redis.call(...dialogWrite(keyOf(key), state));
    },
    async clear(key) {
      await redis.call(...dialogWrite(keyOf(key), undefined));
    },
  };
}
