import { type AppContext, assembleContext } from "../runtime/context.js";
import type { Logger } from "../runtime/logger.js";
import { createShutdown, type Shutdown } from "../runtime/shutdown.js";
import { testLogger } from "./logger.js";
import { testPii } from "./pii.js";
import { createTestDatabase, type TestDatabase } from "./postgres.js";
import { createTestRedis } from "./redis.js";

export interface TestAppContext {
  ctx: AppContext;
  database: TestDatabase;
  shutdown: Shutdown;
  /** Closes what the test started (through `shutdown`), then drops its database and Redis keys. */
  cleanup(): Promise<void>;
}

/** The context a process would build, on this test file's own database and Redis prefix. */
export async function createTestAppContext(logger: Logger = testLogger): Promise<TestAppContext> {
  const database = await createTestDatabase();
  const redis = await createTestRedis();
  const shutdown = createShutdown(logger);
  const ctx = assembleContext({
    db: database.db,
    redis: redis.redis,
    redisUrl: redis.url,
    queuePrefix: redis.prefix,
    pii: testPii,
    logger,
    shutdown,
  });
  return {
    ctx,
    database,
    shutdown,
    async cleanup() {
      await shutdown.run("test finished");
      await database.drop();
      await redis.cleanup();
    },
  };
}
