import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { releaseIfHeld } from "../runtime/redis-holder.js";

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
  return { release: () => releaseIfHeld(redis, key, holder) };
}
