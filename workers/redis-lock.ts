import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

// Deletes the lock only while it is still this holder's: one that expired may be someone else's now.
const RELEASE_SCRIPT = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end return 0`;

export interface RedisLock {
  release(): Promise<void>;
}

/**
 * A lock every worker on every machine sees, held until released or for `ttlMs` at most (so a
 * crashed holder cannot keep it). Undefined when someone else holds it.
 */
export async function takeLock(redis: Redis, key: string, ttlMs: number): Promise<RedisLock | undefined> {
  const holder = randomUUID();
  if ((await redis.set(key, holder, "PX", ttlMs, "NX")) !== "OK") return undefined;
  return {
    release: async () => {
      await redis.eval(RELEASE_SCRIPT, 1, key, holder);
    },
  };
}
