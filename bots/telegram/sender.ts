import { Api, GrammyError, HttpError, InlineKeyboard } from "grammy";
import { encodeStartPayload } from "../../core/actions/start-payload.js";
import { type RenderedButton, renderMessage } from "../../i18n/render.js";
import type { Translator } from "../../i18n/translator.js";
import type { OutgoingMessage, Sender, SendFailure } from "../../workers/notify/sender.js";

function inlineKeyboard(buttons: RenderedButton[][]): InlineKeyboard {
  return InlineKeyboard.from(
    buttons.map((row) => row.map((button) => InlineKeyboard.text(button.label, button.action))),
  );
}

/**
 * Buttons under a card in a group or channel open the bot's private chat with the press in the
 * link: a callback there would be answered in the group (or, in a channel, not at all).
 */
function startLinkKeyboard(botUsername: string, buttons: RenderedButton[][]): InlineKeyboard {
  return InlineKeyboard.from(
    buttons.map((row) =>
      row.map((button) =>
        InlineKeyboard.url(
          button.label,
          `https://t.me/${botUsername}?start=${encodeStartPayload(button.action)}`,
        ),
      ),
    ),
  );
}

/** An edit that changes nothing (the card already says this) is refused by Telegram, and is no failure. */
function isUnchanged(error: unknown): boolean {
  return error instanceof GrammyError && error.description.includes("message is not modified");
}

/**
 * Telegram through grammY's bare Api, without the auto-retry plugin: a 429 goes back to BullMQ,
 * which pauses the whole queue instead of one request sleeping while others keep hammering.
 * Messages arrive in no language yet; `translator` puts them in their reader's.
 */
export function telegramSender(token: string, apiRoot: string, translator: Translator): Sender {
  // Well under BullMQ's 30 s job lock, so a hung request fails the try instead of stalling the job.
  const api = new Api(token, { apiRoot, timeoutSeconds: 20 });
  const render = (message: OutgoingMessage) => renderMessage(translator, message.language, message);
  let botUsername: string | undefined;
  async function cardMarkup(buttons: RenderedButton[][]) {
    if (buttons.length === 0) return {};
    botUsername ??= (await api.getMe()).username;
    return { reply_markup: startLinkKeyboard(botUsername, buttons) };
  }
  return {
    async send(chatId, message) {
      const { text, buttons } = render(message);
      await api.sendMessage(
        chatId,
        text,
        buttons.length > 0 ? { reply_markup: inlineKeyboard(buttons) } : {},
      );
    },
    async post(chatId, message) {
      const { text, buttons } = render(message);
      const sent = await api.sendMessage(chatId, text, await cardMarkup(buttons));
      return String(sent.message_id);
    },
    async edit(chatId, messageId, message) {
      const { text, buttons } = render(message);
      // An edit without reply_markup leaves the message without buttons, as a taken-down card should be.
      await api
        .editMessageText(chatId, Number(messageId), text, await cardMarkup(buttons))
        .catch((error: unknown) => {
          if (!isUnchanged(error)) throw error;
        });
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
