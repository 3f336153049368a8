import type { Job, JobsOptions, WorkerOptions } from "bullmq";
import type { DiscordConfig, TelegramConfig } from "../../runtime/config.js";
import { defineHandler, type HandlerRegistration, scheduledJobOptions } from "../jobs.js";
import { type DeliveryDeps, deliverNotification, recordDeliveryFailure } from "./deliver.js";
import { type NotifyQueue, relayOutbox } from "./relay.js";
import { discordSender } from "./senders/discord.js";
import type { Senders } from "./senders/sender.js";
import { telegramSender } from "./senders/telegram.js";

export const notifyWorkerOptions = {
  /** Several sends in flight per process, so one slow messenger call does not hold up the rest. */
  concurrency: 10,
  /** Telegram allows about 30 messages a second per bot; one limit for the queue keeps all of them under it. */
  limiter: { max: 30, duration: 1000 },
} satisfies Partial<WorkerOptions>;

export function createSenders(config: TelegramConfig & DiscordConfig): Senders {
  return {
    ...(config.TELEGRAM_BOT_TOKEN
      ? { telegram: telegramSender(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_API_ROOT) }
      : {}),
    ...(config.DISCORD_TOKEN
      ? { discord: discordSender(config.DISCORD_TOKEN, config.DISCORD_API_ROOT) }
      : {}),
  };
}

export interface NotifyDeps extends DeliveryDeps {
  queue: NotifyQueue;
  deliverOptions: JobsOptions;
}

export function notifyHandlers(deps: NotifyDeps): HandlerRegistration[] {
  return [
    defineHandler("notify", "relay-outbox", async () => {
      const relayed = await relayOutbox(deps);
      if (relayed > 0) deps.logger.debug({ relayed }, "outbox relayed");
    }),
    defineHandler("notify", "deliver-notification", ({ notificationId }, run) =>
      deliverNotification(deps, notificationId, run),
    ),
  ];
}

/** The worker's `failed` listener: a delivery's failure is recorded on its row, any other is logged. */
export function onNotifyJobFailed(deps: NotifyDeps) {
  return (job: Job | undefined, error: Error): void => {
    if (job?.name !== "deliver-notification") {
      deps.logger.error({ err: error, job: job?.name }, "notify job failed");
      return;
    }
    recordDeliveryFailure(deps, job, error).catch((recordError: unknown) =>
      deps.logger.error({ err: recordError, jobId: job.id }, "could not record a delivery failure"),
    );
  };
}

export async function scheduleNotifyJobs(queue: NotifyQueue, outboxPollMs: number): Promise<void> {
  await queue.upsertJobScheduler(
    "relay-outbox",
    { every: outboxPollMs },
    { name: "relay-outbox", data: {}, opts: scheduledJobOptions },
  );
}
