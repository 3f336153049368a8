import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";

export function testRedisUrl(): string {
  return process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
}

/** A Redis connection and a key/queue prefix of this test's own; cleanup deletes its keys. */
export async function createTestRedis(): Promise<{
  redis: Redis;
  url: string;
  prefix: string;
  cleanup(): Promise<void>;
}> {
  const url = testRedisUrl();
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  const prefix = `honjok-test-${randomUUID().slice(0, 8)}`;
  return {
    redis,
    url,
    prefix,
    async cleanup() {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    },
  };
}
