import { type JobsOptions, Queue } from "bullmq";
import type { Database } from "../core/db/client.js";
import { registerAccount } from "../core/identity/mutations.js";
import type { Platform } from "../core/identity/types.js";
import { queueNotification } from "../core/notifications/mutations.js";
import type { NotificationParams } from "../core/notifications/types.js";
import type { Logger } from "../runtime/logger.js";
import { startConfiguredWorkers, type WorkerProcessConfig } from "../runtime/workers.js";
import { createTestAppContext, type TestServices } from "../test/app-context.js";
import { waitFor } from "../test/wait.js";
import { testWorkersConfig } from "../test/workers-config.js";
import type { JobName, Payload } from "./jobs.js";
import type { MarketQueue } from "./market/alerts.js";
import type { NotifyQueue } from "./notify/relay.js";
import { openWaitingConnection } from "./start.js";

// What the worker integration tests share: their own database and queue prefix (or servers of
// their own to make outages with), the workers as a process starts them (runtime/workers.ts, with
// the messengers' real senders) with fast retries and scans, and a way to create a person and a
// notification for them.

export async function startTestWorkers(
  config: Partial<WorkerProcessConfig>,
  { logger, services }: { logger?: Logger; services?: TestServices } = {},
) {
  const { ctx, database, cleanup } = await createTestAppContext(logger, services);
  const start = () =>
    startConfiguredWorkers(
      ctx,
      { ...testWorkersConfig, ...config },
      { firstRetryDelayMs: 50, scanMs: 100, boardPaceMs: 50, carpool: { scanMs: 100, batchMs: 500 } },
    );
  await start();
  // The test's own handles on the queues, to look at jobs and to add duplicates.
  const connection = { connection: openWaitingConnection(ctx, "test queues"), prefix: ctx.queuePrefix };
  const queue: NotifyQueue = new Queue("notify", connection);
  const market: MarketQueue = new Queue("market", connection);
  for (const own of [queue, market]) own.on("error", (error) => ctx.logConnectionError("test queue", error));
  return {
    ctx,
    db: database.db,
    queue,
    market,
    /** Starts the workers a second time on the same queues, as a second machine would. */
    startAnotherWorker: start,
    /** Runs a market job now rather than at its schedule, and waits for it to complete. */
    async runMarketJob<J extends JobName<"market">>(name: J, data: Payload<"market", J>, opts?: JobsOptions) {
      const { id = "" } = await market.add(name, data, opts);
      await waitFor(`${name} to complete`, async () => {
        const job = await market.getJob(id);
        if (job?.failedReason) throw new Error(`${name} failed: ${job.failedReason}`);
        return job?.finishedOn !== undefined;
      });
    },
    async stop() {
      await queue.close();
      await market.close();
      await cleanup();
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

export async function notificationRow(db: Database, id: string) {
  return db.notification.findUniqueOrThrow({ where: { id } });
}
