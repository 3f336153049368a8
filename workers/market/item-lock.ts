import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

/** Longer than one sync takes (a few messenger calls of at most 20 s each), short enough to recover from a crash. */
const ITEM_LOCK_MS = 60_000;

// Deletes the lock only while it is still this holder's: one that expired may be someone else's now.
const RELEASE_SCRIPT = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end return 0`;

export interface ItemLock {
  release(): Promise<void>;
}

/**
 * One sync of an item's board cards at a time across every worker: jobs for two versions of one
 * item could otherwise both find no card on a board and both post one. Undefined when taken.
 */
export async function lockItem(
  redis: Redis,
  queuePrefix: string,
  itemId: string,
): Promise<ItemLock | undefined> {
  const key = `${queuePrefix}:board-sync:${itemId}`;
  const holder = randomUUID();
  if ((await redis.set(key, holder, "PX", ITEM_LOCK_MS, "NX")) !== "OK") return undefined;
  return {
    release: async () => {
      await redis.eval(RELEASE_SCRIPT, 1, key, holder);
    },
  };
}
