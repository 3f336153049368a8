import { type BotError, GrammyError } from "grammy";
import { findProfileByAccount } from "../../core/identity/queries.js";
import type { Language } from "../../core/identity/types.js";
import type { AppContext } from "../../runtime/context.js";
import { isInfrastructureFailure } from "../../runtime/infrastructure-failure.js";
import { describeError } from "../../runtime/logger.js";
import type { TelegramContext } from "./context.js";

/**
 * What to log about a failure: describeError, plus which Bot API call failed and Telegram's
 * answer. Never the GrammyError itself, whose payload holds the text sent to a person.
 */
export function describeFailure(error: unknown): Record<string, unknown> {
  if (error instanceof GrammyError)
    return {
      type: error.name,
      method: error.method,
      error_code: error.error_code,
      description: error.description,
    };
  return describeError(error);
}

/** The person's chosen language when it can still be read, else their Telegram app's language. */
async function languageFor(appContext: AppContext, ctx: TelegramContext): Promise<Language> {
  const from = ctx.from;
  if (!from) return "ko";
  const profile = await findProfileByAccount(appContext.db, {
    platform: "telegram",
    externalId: String(from.id),
  }).catch(() => undefined);
  return profile?.language ?? (from.language_code?.startsWith("en") ? "en" : "ko");
}

/**
 * The error boundary around routing: a bug in one update is logged with its update id, the
 * person hears that something went wrong (never what), and the bot goes on with the next update.
 * An outage of PostgreSQL or Redis is thrown on instead, unsaid: the update is tried again once
 * the service is back (handleEachUpdateOnce), and its answer then is the real one.
 */
export function reportFailure(appContext: AppContext) {
  return async ({ error, ctx }: BotError<TelegramContext>) => {
    if (isInfrastructureFailure(error)) throw error;
    appContext.metrics.updateFailures.inc({ platform: "telegram" });
    ctx.log.error({ err: describeFailure(error) }, "update failed");
    const chatId = ctx.chatId ?? ctx.from?.id;
    if (chatId === undefined) return;
    try {
      const language = await languageFor(appContext, ctx);
      await ctx.api.sendMessage(chatId, appContext.translator.translate(language, "error-unexpected"));
    } catch (sendError) {
      ctx.log.warn({ err: describeFailure(sendError) }, "could not tell the person about the failure");
    }
  };
}
