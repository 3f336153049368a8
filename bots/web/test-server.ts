import type { AddressInfo } from "node:net";
import { type AppContext, assembleContext } from "../../runtime/context.js";
import { createHttpApp, errorHandler, listen } from "../../runtime/http.js";
import { createShutdown } from "../../runtime/shutdown.js";
import { testLogger } from "../../test/logger.js";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { createTestRedis } from "../../test/redis.js";
import { mountPlayground } from "./playground.js";

export interface TestPlayground {
  ctx: AppContext;
  database: TestDatabase;
  baseUrl: string;
  stop(): Promise<void>;
}

/** For tests: the web app with the playground on, its own database and Redis, on 127.0.0.1:<free port>. */
export async function startTestPlayground(): Promise<TestPlayground> {
  const database = await createTestDatabase();
  const redis = await createTestRedis();
  const shutdown = createShutdown(testLogger);
  const ctx = assembleContext({
    db: database.db,
    redis: redis.redis,
    redisUrl: redis.url,
    queuePrefix: redis.prefix,
    logger: testLogger,
    shutdown,
  });
  const app = createHttpApp({
    logger: testLogger,
    metrics: ctx.metrics,
    metricsToken: undefined,
    readiness: ctx.readiness,
  });
  mountPlayground(app, ctx);
  app.use(errorHandler(testLogger));
  const server = await listen(app, "127.0.0.1", 0, shutdown);
  const { port } = server.address() as AddressInfo;
  return {
    ctx,
    database,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await shutdown.run("test finished");
      await database.drop();
      await redis.cleanup();
    },
  };
}
