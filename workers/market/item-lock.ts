import type { Redis } from "ioredis";
import { type RedisLock, takeLock } from "../redis-lock.js";

/** Longer than one sync takes (a few messenger calls of at most 20 s each), short enough to recover from a crash. */
const ITEM_LOCK_MS = 60_000;

/**
 * One sync of an item's board cards at a time across every worker: jobs for two versions of one
 * item could otherwise both find no card on a board and both post one. Undefined when taken.
 */
export function lockItem(redis: Redis, queuePrefix: string, itemId: string): Promise<RedisLock | undefined> {
  return takeLock(redis, `${queuePrefix}:board-sync:${itemId}`, ITEM_LOCK_MS);
}
