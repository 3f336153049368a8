import { Api, GrammyError, HttpError, InlineKeyboard } from "grammy";
import type { Sender, SendFailure, SentButton } from "./sender.js";

function inlineKeyboard(buttons: SentButton[][]): InlineKeyboard {
  return InlineKeyboard.from(
    buttons.map((row) => row.map((button) => InlineKeyboard.text(button.label, button.action))),
  );
}

/**
 * Telegram through grammY's bare Api, without the auto-retry plugin: a 429 goes back to BullMQ,
 * which pauses the whole queue instead of one request sleeping while others keep hammering.
 */
export function telegramSender(token: string, apiRoot: string): Sender {
  // Well under BullMQ's 30 s job lock, so a hung request fails the try instead of stalling the job.
  const api = new Api(token, { apiRoot, timeoutSeconds: 20 });
  return {
    async send(chatId, text, buttons = []) {
      await api.sendMessage(
        chatId,
        text,
        buttons.length > 0 ? { reply_markup: inlineKeyboard(buttons) } : {},
      );
    },
    classify: classifyTelegramError,
  };
}

export function classifyTelegramError(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    // Not the error's message: GrammyError carries the request payload (text, chat id).
    const reason = `telegram ${error.error_code}: ${error.description}`;
    if (error.error_code === 429) {
      return { kind: "rate-limited", retryAfterMs: (error.parameters.retry_after ?? 1) * 1000 };
    }
    // 403: blocked by the user or deactivated; 400: chat not found, or a message Telegram refuses.
    if (error.error_code === 403 || error.error_code === 400) return { kind: "permanent", reason };
    // 401/404 mean a wrong token: the deployment's fault, so retries may see it fixed.
    return { kind: "transient", reason };
  }
  if (error instanceof HttpError) return { kind: "transient", reason: `telegram: ${error.message}` };
  return { kind: "transient", reason: `telegram: ${error instanceof Error ? error.name : "unknown error"}` };
}
