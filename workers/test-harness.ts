import { Queue } from "bullmq";
import type { Database } from "../core/db/client.js";
import { registerAccount } from "../core/identity/mutations.js";
import type { Platform } from "../core/identity/types.js";
import { queueNotification } from "../core/notifications/mutations.js";
import type { NotificationParams } from "../core/notifications/types.js";
import { type AppContext, assembleContext } from "../runtime/context.js";
import { createShutdown } from "../runtime/shutdown.js";
import { testLogger } from "../test/logger.js";
import { createTestDatabase } from "../test/postgres.js";
import { createTestRedis } from "../test/redis.js";
import type { NotifyQueue } from "./notify/relay.js";
import { startWorkers, type WorkersConfig } from "./start.js";

// What the worker integration tests share: their own database and queue prefix, the real
// startWorkers with fast retries, and a way to create a person and a notification for them.

export async function startTestWorkers(config: Partial<WorkersConfig>) {
  const database = await createTestDatabase();
  const redis = await createTestRedis();
  const shutdown = createShutdown(testLogger);
  const ctx: AppContext = assembleContext({
    db: database.db,
    redis: redis.redis,
    redisUrl: redis.url,
    queuePrefix: redis.prefix,
    logger: testLogger,
    shutdown,
  });
  await startWorkers(
    ctx,
    {
      WORKERS: "1",
      OUTBOX_POLL_MS: 100,
      NOTIFY_ATTEMPTS: 3,
      TELEGRAM_API_ROOT: "http://127.0.0.1:9",
      ...config,
    },
    { firstRetryDelayMs: 50 },
  );
  // The test's own handle on the queue, to look at jobs and to add duplicates.
  const queue: NotifyQueue = new Queue("notify", { connection: redis.redis, prefix: redis.prefix });
  return {
    ctx,
    db: database.db,
    queue,
    async stop() {
      await queue.close();
      await shutdown.run("test done");
      await redis.cleanup();
      await database.drop();
    },
  };
}

export async function createPerson(
  db: Database,
  account: { platform: Platform; externalId: string; chatId?: string; language?: string },
): Promise<string> {
  return (await registerAccount(db, account)).userId;
}

/** Queues a notification the way core does: inside a transaction. */
export function notify(db: Database, userId: string, messageKey: string, params?: NotificationParams) {
  return db.$transaction((tx) => queueNotification(tx, { userId, messageKey, params }));
}

/** Polls until `check` holds; fails with `what` at the deadline. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function notificationRow(db: Database, id: string) {
  return db.notification.findUniqueOrThrow({ where: { id } });
}
