import { autoRetry } from "@grammyjs/auto-retry";
import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { AppContext } from "../../runtime/context.js";
import { chatJoins } from "./chat-joins.js";
import type { TelegramContext } from "./context.js";
import { describeFailure, reportFailure } from "./failures.js";
import { routes } from "./routes.js";
import { skipRepeatedUpdates } from "./update-dedupe.js";
import { updateLogger } from "./update-logger.js";
import { updateMetrics } from "./update-metrics.js";

export interface TelegramBotOptions {
  token: string;
  /** https://api.telegram.org, a self-hosted Bot API server, or a stand-in in tests. */
  apiRoot: string;
  /** Known bot info skips `getMe` (tests and benchmarks that feed updates themselves). */
  botInfo?: UserFromGetMe;
}

/**
 * The Telegram front door, ready for polling or a webhook. Middleware order matters: the
 * logger first so everything after it can log the update id; dedupe before anything counts or
 * answers; metrics around the error boundary so failed updates are timed too.
 */
export function createTelegramBot(appContext: AppContext, options: TelegramBotOptions): Bot<TelegramContext> {
  const bot = new Bot<TelegramContext>(options.token, {
    client: { apiRoot: options.apiRoot },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  // Rate limits and Telegram's own hiccups are retried a few times; a reply more than a minute
  // late is worse than an error the person can retry.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));

  bot.use(updateLogger(appContext.logger));
  bot.use(skipRepeatedUpdates(appContext.redis, appContext.queuePrefix));
  bot.use(updateMetrics(appContext.metrics));
  bot.errorBoundary(reportFailure(appContext), chatJoins(appContext), routes(appContext));

  // Outside the boundary (logger, dedupe, metrics): log and keep polling instead of stopping.
  bot.catch(({ error, ctx }) => {
    appContext.logger.error(
      { err: describeFailure(error), update_id: ctx.update.update_id },
      "update failed",
    );
  });
  return bot;
}
