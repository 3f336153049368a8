import type { Job, JobsOptions, WorkerOptions } from "bullmq";
import type { Translator } from "../../i18n/translator.js";
import { describeError } from "../../runtime/logger.js";
import { defineHandler, type HandlerRegistration, type JobName, scheduleEvery } from "../jobs.js";
import { type DeliveryDeps, deliverNotification, recordDeliveryFailure } from "./deliver.js";
import { syncDiscordEventsAlone } from "./discord-events.js";
import { type NotifyQueue, relayOutbox } from "./relay.js";
import type { ScheduledEvents } from "./scheduled-events.js";

export const notifyWorkerOptions = {
  /** Several sends in flight per process, so one slow messenger call does not hold up the rest. */
  concurrency: 10,
  /** Telegram allows about 30 messages a second per bot; one limit for the queue keeps all of them under it. */
  limiter: { max: 30, duration: 1000 },
} satisfies Partial<WorkerOptions>;

export interface NotifyDeps extends DeliveryDeps {
  /** Puts linked servers' scheduled events in the language of whoever linked the chat. */
  translator: Translator;
  queue: NotifyQueue;
  deliverOptions: JobsOptions;
  events: ScheduledEvents | undefined;
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
    defineHandler("notify", "sync-discord-events", async () => {
      const { events } = deps;
      if (!events) return;
      const synced = await syncDiscordEventsAlone({ ...deps, events });
      if (synced > 0) deps.logger.debug({ synced }, "discord events synced");
    }),
  ];
}

/** The worker's `failed` listener: a delivery's failure is recorded on its row, any other is logged. */
export function onNotifyJobFailed(deps: NotifyDeps) {
  return (job: Job | undefined, error: Error): void => {
    if (job?.name !== "deliver-notification") {
      deps.logger.error({ err: describeError(error), job: job?.name }, "notify job failed");
      return;
    }
    recordDeliveryFailure(deps, job, error).catch((recordError: unknown) =>
      deps.logger.error(
        { err: describeError(recordError), jobId: job.id, reason: error.message },
        "could not record a delivery failure",
      ),
    );
  };
}

/** How often linked Discord servers' events are brought in line with their meetups. */
export const DISCORD_EVENTS_SYNC_MS = 5000;

export async function scheduleNotifyJobs(
  queue: NotifyQueue,
  schedule: { outboxPollMs: number; discordEventsMs: number | undefined },
): Promise<void> {
  await scheduleEvery<"notify">(queue, [
    ["relay-outbox", schedule.outboxPollMs],
    ...(schedule.discordEventsMs === undefined
      ? []
      : [["sync-discord-events", schedule.discordEventsMs] as [JobName<"notify">, number]]),
  ]);
}
