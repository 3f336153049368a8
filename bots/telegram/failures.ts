import { type BotError, GrammyError, HttpError } from "grammy";
import { findProfileByAccount } from "../../core/identity/queries.js";
import type { Language } from "../../core/identity/types.js";
import type { AppContext } from "../../runtime/context.js";
import type { TelegramContext } from "./context.js";

/**
 * What to log about a failure. Never the whole error: a GrammyError carries the request
 * payload, which holds the text sent to a person.
 */
export function describeFailure(error: unknown): Record<string, unknown> {
  if (error instanceof GrammyError)
    return { type: error.name, method: error.method, code: error.error_code, description: error.description };
  if (error instanceof HttpError) return { type: error.name, message: error.message };
  if (error instanceof Error) return { type: error.name, message: error.message, stack: error.stack };
  return { type: typeof error };
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
 */
export function reportFailure(appContext: AppContext) {
  return async ({ error, ctx }: BotError<TelegramContext>) => {
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
