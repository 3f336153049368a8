import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { openRedis } from "../runtime/services.js";

export function testRedisUrl(): string {
  return process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
}

/**
 * A Redis connection as processes open theirs, and a key/queue prefix of this test's own; cleanup
 * deletes its keys. `url` is another Redis than the shared one (a test's own, to stop).
 */
export async function createTestRedis(url = testRedisUrl()): Promise<{
  redis: Redis;
  url: string;
  prefix: string;
  cleanup(): Promise<void>;
}> {
  const redis = openRedis(url);
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
