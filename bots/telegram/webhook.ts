import express, { type Express, type NextFunction, type Request, type Response } from "express";
import { type Bot, BotError } from "grammy";
import type { Update } from "grammy/types";
import { isSameSecret } from "../../runtime/http.js";
import type { Logger } from "../../runtime/logger.js";
import { TELEGRAM_UPDATES, type TelegramContext } from "./context.js";
import { describeFailure } from "./failures.js";
import { isWorthRetrying } from "./update-dedupe.js";

export const TELEGRAM_WEBHOOK_PATH = "/telegram/webhook";

const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

/**
 * Several times the largest update Telegram sends (a 4096-character message with its entities,
 * replying to another): anything bigger is not from Telegram and is refused with 413 unread.
 */
const MAX_UPDATE_SIZE = "256kb";

/** The URL alone is not a secret: without the header's secret nothing is read, let alone handled. */
function requireSecret(secretToken: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (isSameSecret(req.get(SECRET_HEADER), secretToken)) return next();
    res.status(401).json({ error: "unauthorized" });
  };
}

/** An update is known by its id (de-duplication keys on it): without a numeric one it is no update. */
function requireUpdateId(req: Request, res: Response, next: NextFunction) {
  const updateId: unknown = (req.body as { update_id?: unknown } | undefined)?.update_id;
  if (typeof updateId === "number" && Number.isSafeInteger(updateId) && updateId >= 0) return next();
  res.status(400).json({ error: "invalid-update" });
}

/**
 * Answers once the update is handled, so the status tells Telegram what happened: 200 when it was
 * handled (or was a repeat, or failed on a bug — delivering it again would fail the same way), 503
 * when an outage stopped it or another delivery of it is still running, so Telegram delivers it
 * again later.
 */
function handleUpdate(bot: Bot<TelegramContext>, logger: Logger) {
  return async (req: Request, res: Response) => {
    const update = req.body as Update;
    try {
      await bot.handleUpdate(update);
      res.end();
    } catch (error) {
      const cause = error instanceof BotError ? error.error : error;
      const fields = { err: describeFailure(cause), update_id: update.update_id };
      if (isWorthRetrying(cause)) {
        logger.warn(fields, "update handed back to Telegram");
        res.status(503).json({ error: "try-again" });
        return;
      }
      logger.error(fields, "update failed");
      res.end();
    }
  };
}

/**
 * Receives updates at TELEGRAM_WEBHOOK_PATH: the secret header first (constant time, 401 without
 * reading the body), then the body (400 when it is not JSON or has no update id, 413 when too big;
 * the app's errorHandler answers those without logging the body), then the update.
 */
export function mountTelegramWebhook(
  http: Express,
  bot: Bot<TelegramContext>,
  secretToken: string,
  logger: Logger,
): void {
  http.post(
    TELEGRAM_WEBHOOK_PATH,
    requireSecret(secretToken),
    express.json({ limit: MAX_UPDATE_SIZE }),
    requireUpdateId,
    handleUpdate(bot, logger),
  );
}

/** Tells Telegram where to deliver, with the secret it must send back in every request. */
export async function registerTelegramWebhook(bot: Bot<TelegramContext>, url: string, secretToken: string) {
  await bot.api.setWebhook(url, { secret_token: secretToken, allowed_updates: [...TELEGRAM_UPDATES] });
}
