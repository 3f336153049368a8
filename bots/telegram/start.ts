import { run } from "@grammyjs/runner";
import type { Express } from "express";
import type { Bot } from "grammy";
import type { TelegramConfig } from "../../runtime/config.js";
import type { AppContext } from "../../runtime/context.js";
import { createTelegramBot } from "./bot.js";
import { TELEGRAM_UPDATES, type TelegramContext } from "./context.js";
import { describeFailure } from "./failures.js";
import { setTelegramMenu } from "./menu.js";
import { mountTelegramWebhook, registerTelegramWebhook, TELEGRAM_WEBHOOK_PATH } from "./webhook.js";

export type TelegramStartConfig = TelegramConfig & { TELEGRAM_BOT_TOKEN: string };

/** Updates handled at once while polling; each chat's still one after another (bot.ts). */
const POLLING_CONCURRENCY = 100;
/** How long fetching may keep failing (Telegram away, the token revoked) before the process stops. */
const POLLING_RETRY_MS = 5 * 60_000;

/**
 * Long polling under @grammyjs/runner: updates of different chats are handled concurrently. If
 * polling dies, the process stops, so the supervisor restarts it and the failure is seen.
 */
async function startPolling(ctx: AppContext, bot: Bot<TelegramContext>): Promise<void> {
  // getUpdates is refused while a webhook is set (grammY's own bot.start does this too).
  await bot.api.deleteWebhook();
  const runner = run(bot, {
    runner: {
      fetch: { allowed_updates: [...TELEGRAM_UPDATES] },
      maxRetryTime: POLLING_RETRY_MS,
      silent: true,
    },
    sink: { concurrency: POLLING_CONCURRENCY },
  });
  let stopping = false;
  ctx.shutdown.add("telegram polling", () => {
    stopping = true;
    // Waits for the updates being handled, so none is cut off half-way.
    return runner.stop();
  });
  void runner.task()?.then(() => {
    if (stopping) return;
    ctx.logger.fatal("telegram polling stopped");
    void ctx.shutdown.exit("telegram polling stopped", 1);
  });
  ctx.logger.info({ bot: bot.botInfo.username }, "telegram polling started");
}

/**
 * Starts the Telegram front door: long polling by default, or a webhook on `app` when
 * TELEGRAM_WEBHOOK_URL is set (the URL Telegram posts to; its path should reach
 * TELEGRAM_WEBHOOK_PATH on this server). Mount before any catch-all error handler.
 */
export async function startTelegram(
  ctx: AppContext,
  config: TelegramStartConfig,
  app: Express,
): Promise<void> {
  const url = config.TELEGRAM_WEBHOOK_URL;
  const bot = createTelegramBot(ctx, {
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    webhook: Boolean(url),
  });
  // Fails start-up on a wrong token or an unreachable API root instead of failing every update.
  await bot.init();
  // The menu is a convenience; a bot whose menu could not be set still works.
  await setTelegramMenu(bot.api, ctx.translator, ctx.dispatcher).catch((error: unknown) =>
    ctx.logger.warn({ err: describeFailure(error) }, "could not set the Telegram command menu"),
  );
  if (!url) return startPolling(ctx, bot);

  const secret = config.TELEGRAM_WEBHOOK_SECRET;
  // telegramConfig already requires it with a URL; this keeps a hand-built config honest too.
  if (!secret) throw new Error("TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_WEBHOOK_URL is set");
  if (!new URL(url).pathname.endsWith(TELEGRAM_WEBHOOK_PATH)) {
    ctx.logger.warn(
      { path: TELEGRAM_WEBHOOK_PATH },
      "TELEGRAM_WEBHOOK_URL does not end with the webhook path",
    );
  }
  mountTelegramWebhook(app, bot, secret, ctx.logger);
  await registerTelegramWebhook(bot, url, secret);
  ctx.logger.info({ path: TELEGRAM_WEBHOOK_PATH }, "telegram webhook set");
}
