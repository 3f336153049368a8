import type { Redis } from "ioredis";

// Deletes the key only while it still holds this holder's value: one that expired meanwhile may be
// someone else's now, and deleting theirs would let a third party in.
const DELETE_IF_HELD_SCRIPT = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end return 0`;

/** Gives up a key taken with `SET key holder NX PX …` (a lock, a claim), if it is still ours. */
export async function releaseIfHeld(redis: Redis, key: string, holder: string): Promise<void> {
  await redis.eval(DELETE_IF_HELD_SCRIPT, 1, key, holder);
}
