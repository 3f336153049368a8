import { autoRetry } from "@grammyjs/auto-retry";
import { hydrateFiles } from "@grammyjs/files";
import { sequentialize } from "@grammyjs/runner";
import { Bot, Composer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { AppContext } from "../../runtime/context.js";
import { chatJoins } from "./chat-joins.js";
import type { TelegramContext } from "./context.js";
import { describeFailure, reportFailure } from "./failures.js";
import { waitOutOutages } from "./outage-wait.js";
import { routes } from "./routes.js";
import { handleEachUpdateOnce, turnAwayDeliveriesInFlight } from "./update-dedupe.js";
import { updateLogger } from "./update-logger.js";
import { updateMetrics } from "./update-metrics.js";

export interface TelegramBotOptions {
  token: string;
  /** https://api.telegram.org, a self-hosted Bot API server, or a stand-in in tests. */
  apiRoot: string;
  /** Known bot info skips `getMe` (tests and benchmarks that feed updates themselves). */
  botInfo?: UserFromGetMe;
  /**
   * Behind a webhook Telegram delivers an update again when the answer is an error, so an update
   * that met an outage is handed back to it (the webhook answers 503). With long polling, the
   * default, a fetched update is confirmed by the next fetch, so the bot waits the outage out.
   */
  webhook?: boolean;
}

/**
 * What sequentialize keeps in order: the update's chat, and its sender, whose one dialog may be
 * answered from more than one chat.
 */
function orderOf(ctx: TelegramContext): string[] {
  const chat = ctx.chat ? [`chat:${ctx.chat.id}`] : [];
  return ctx.from ? [...chat, `from:${ctx.from.id}`] : chat;
}

/**
 * The Telegram front door, ready for polling or a webhook. Middleware order matters: the logger
 * first so everything after it can log the update id; then each update handled once (dedupe)
 * before anything counts or answers; metrics around the error boundary so failed updates are timed too.
 */
export function createTelegramBot(appContext: AppContext, options: TelegramBotOptions): Bot<TelegramContext> {
  const bot = new Bot<TelegramContext>(options.token, {
    client: { apiRoot: options.apiRoot },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  // Rate limits and Telegram's own hiccups are retried a few times; a reply more than a minute
  // late is worse than an error the person can retry.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  // A picture sent as a file is read before it is kept (documents.ts), from the same server.
  bot.api.config.use(hydrateFiles(bot.token, { apiRoot: options.apiRoot }));

  const handling = new Composer<TelegramContext>(updateMetrics(appContext.metrics));
  handling.errorBoundary(reportFailure(appContext), chatJoins(appContext), routes(appContext));
  const runHandling = handling.middleware();
  // A fresh `next` each time: a try that met an outage runs the whole chain again.
  const handleOnce = handleEachUpdateOnce(appContext.redis, appContext.queuePrefix, async (ctx) => {
    await runHandling(ctx, async () => {});
  });
  bot.use(updateLogger(appContext.logger));
  // One update at a time per chat and per person (the runner and webhooks handle the rest
  // concurrently): a dialog's answers must be read in the order they were sent. Before the claim,
  // which reads the dialog (update-turn.ts), so that read sees the previous update's write.
  bot.use(turnAwayDeliveriesInFlight(), sequentialize(orderOf));
  bot.use(options.webhook ? handleOnce : waitOutOutages(handleOnce));

  // Outside the boundary (logger, dedupe, metrics): log and keep polling instead of stopping.
  bot.catch(({ error, ctx }) => {
    appContext.logger.error(
      { err: describeFailure(error), update_id: ctx.update.update_id },
      "update failed",
    );
  });
  return bot;
}
