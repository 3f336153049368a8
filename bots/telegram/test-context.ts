// Test set-up shared by this folder's integration tests: each file gets its own database
// (cloned from the migrated template) and its own Redis prefix, removed again in afterAll.
import { createServer } from "node:net";
import pino, { type Logger } from "pino";
import { type AppContext, assembleContext } from "../../runtime/context.js";
import { createShutdown } from "../../runtime/shutdown.js";
import { testLogger } from "../../test/logger.js";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { createTestRedis } from "../../test/redis.js";

export interface TelegramTestContext {
  app: AppContext;
  database: TestDatabase;
  cleanup(): Promise<void>;
}

export async function createTelegramTestContext(logger: Logger = testLogger): Promise<TelegramTestContext> {
  const database = await createTestDatabase();
  const redis = await createTestRedis();
  const shutdown = createShutdown(logger);
  const app = assembleContext({
    db: database.db,
    redis: redis.redis,
    redisUrl: redis.url,
    queuePrefix: redis.prefix,
    logger,
    shutdown,
  });
  return {
    app,
    database,
    async cleanup() {
      await shutdown.run("test finished");
      await database.drop();
      await redis.cleanup();
    },
  };
}

/** Waits for a condition by polling it, instead of sleeping for a guessed time. */
export async function waitFor<T>(
  check: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A port free on 127.0.0.1 right now (the emulator cannot listen on port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

/** A logger that keeps its records and raw lines, to check what was (and was not) logged. */
export function capturingLogger(): { logger: Logger; records: Record<string, unknown>[]; lines: string[] } {
  const records: Record<string, unknown>[] = [];
  const lines: string[] = [];
  const destination = {
    write(line: string) {
      lines.push(line);
      records.push(JSON.parse(line) as Record<string, unknown>);
    },
  };
  return { logger: pino({ level: "debug" }, destination), records, lines };
}
