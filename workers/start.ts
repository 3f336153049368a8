import { Queue, Worker } from "bullmq";
import { countByStatus } from "../core/notifications/queries.js";
import type { DiscordConfig, TelegramConfig, WorkerConfig } from "../runtime/config.js";
import type { AppContext } from "../runtime/context.js";
import {
  assertHandlers,
  defineHandler,
  deliverJobOptions,
  processorFor,
  queueNames,
  relayJobOptions,
} from "./jobs.js";
import { deliverNotification, recordDeliveryFailure } from "./notify/deliver.js";
import { type NotifyQueue, relayOutbox } from "./notify/relay.js";
import { discordSender } from "./notify/senders/discord.js";
import type { Senders } from "./notify/senders/sender.js";
import { telegramSender } from "./notify/senders/telegram.js";

export type WorkersConfig = WorkerConfig & TelegramConfig & DiscordConfig;

export interface WorkerTuning {
  /** First retry delay of a failed delivery; tests shrink it. */
  firstRetryDelayMs: number;
}

/** Telegram allows about 30 messages a second per bot; one limit for the queue keeps all of them under it. */
const GLOBAL_LIMIT = { max: 30, duration: 1000 };
/** Several sends in flight per process, so one slow messenger call does not hold up the rest. */
const CONCURRENCY = 10;

function createSenders(config: WorkersConfig): Senders {
  return {
    ...(config.TELEGRAM_BOT_TOKEN
      ? { telegram: telegramSender(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_API_ROOT) }
      : {}),
    ...(config.DISCORD_TOKEN
      ? { discord: discordSender(config.DISCORD_TOKEN, config.DISCORD_API_ROOT) }
      : {}),
  };
}

/**
 * Starts the notify queue's worker and its periodic outbox relay. Run it on as many machines as
 * needed: the relay is one BullMQ job scheduler for all of them, and jobs are idempotent.
 */
export async function startWorkers(
  ctx: AppContext,
  config: WorkersConfig,
  tuning: Partial<WorkerTuning> = {},
): Promise<void> {
  const connection = { connection: ctx.redis, prefix: ctx.queuePrefix };
  const queue: NotifyQueue = new Queue("notify", connection);
  queue.on("error", (error) => ctx.logger.error({ err: error }, "notify queue error"));
  ctx.shutdown.add("notify queue", () => queue.close());

  const deliverOptions = deliverJobOptions({
    attempts: config.NOTIFY_ATTEMPTS,
    firstRetryDelayMs: tuning.firstRetryDelayMs ?? 5000,
  });
  const deliveryDeps = {
    db: ctx.db,
    redis: ctx.redis,
    queuePrefix: ctx.queuePrefix,
    translator: ctx.translator,
    logger: ctx.logger,
    senders: createSenders(config),
    rateLimit: (ms: number) => queue.rateLimit(ms),
  };
  const handlers = assertHandlers([
    defineHandler("notify", "relay-outbox", async () => {
      const relayed = await relayOutbox({ db: ctx.db, queue, deliverOptions });
      if (relayed > 0) ctx.logger.debug({ relayed }, "outbox relayed");
    }),
    defineHandler("notify", "deliver-notification", ({ notificationId }, run) =>
      deliverNotification(deliveryDeps, notificationId, run),
    ),
  ]);

  // BullMQ duplicates the shared connection into the worker's own (and its blocking one).
  const worker = new Worker("notify", processorFor(handlers, "notify"), {
    ...connection,
    concurrency: CONCURRENCY,
    limiter: GLOBAL_LIMIT,
  });
  worker.on("error", (error) => ctx.logger.error({ err: error }, "notify worker error"));
  worker.on("failed", (job, error) => {
    if (job?.name !== "deliver-notification") {
      ctx.logger.error({ err: error, job: job?.name }, "notify job failed");
      return;
    }
    recordDeliveryFailure(deliveryDeps, job, error).catch((recordError: unknown) =>
      ctx.logger.error({ err: recordError, jobId: job.id }, "could not record a delivery failure"),
    );
  });
  // Registered after the queue, so it closes first: stop taking jobs, let running ones finish.
  ctx.shutdown.add("notify worker", () => worker.close());

  await queue.upsertJobScheduler(
    "relay-outbox",
    { every: config.OUTBOX_POLL_MS },
    { name: "relay-outbox", data: {}, opts: relayJobOptions },
  );
  await worker.waitUntilReady();
}

const notificationStatuses = ["pending", "sent", "failed"] as const;

/**
 * Refreshes the queue and outbox gauges before a /metrics scrape; works in any process, since it
 * only reads. Its queues open at the first scrape, never at import.
 */
export function queueMetricsRefresher(ctx: AppContext): () => Promise<void> {
  let queues: Queue[] | undefined;
  const open = () =>
    queueNames.map((name) => {
      const queue = new Queue(name, {
        connection: ctx.redis,
        prefix: ctx.queuePrefix,
        skipMetasUpdate: true,
      });
      ctx.shutdown.add(`${name} queue (metrics)`, () => queue.close());
      return queue;
    });
  return async () => {
    queues ??= open();
    for (const queue of queues) {
      for (const [state, count] of Object.entries(await queue.getJobCounts())) {
        ctx.metrics.queueDepth.set({ queue: queue.name, state }, count);
      }
    }
    const byStatus = await countByStatus(ctx.db);
    for (const status of notificationStatuses)
      ctx.metrics.notifications.set({ status }, byStatus[status] ?? 0);
  };
}
