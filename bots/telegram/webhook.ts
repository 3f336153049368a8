import express, { type Express } from "express";
import type { Bot } from "grammy";
import { webhookCallback } from "grammy";
import { TELEGRAM_UPDATES, type TelegramContext } from "./context.js";

export const TELEGRAM_WEBHOOK_PATH = "/telegram/webhook";

/**
 * Receives updates at TELEGRAM_WEBHOOK_PATH. grammY compares the secret header in constant time
 * and answers 401 without handling anything when it is wrong or missing: the URL alone is not
 * a secret. The response waits for the update to be handled, so Telegram resends only updates
 * that really failed or timed out (and the dedupe middleware skips those already handled).
 */
export function mountTelegramWebhook(http: Express, bot: Bot<TelegramContext>, secretToken: string): void {
  http.post(TELEGRAM_WEBHOOK_PATH, express.json(), webhookCallback(bot, "express", { secretToken }));
}

/** Tells Telegram where to deliver, with the secret it must send back in every request. */
export async function registerTelegramWebhook(bot: Bot<TelegramContext>, url: string, secretToken: string) {
  await bot.api.setWebhook(url, { secret_token: secretToken, allowed_updates: [...TELEGRAM_UPDATES] });
}
