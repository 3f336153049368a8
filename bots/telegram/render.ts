import { type Api, InlineKeyboard, InputFile, Keyboard } from "grammy";
import type { ReplyKeyboardRemove } from "grammy/types";
import type { Command } from "../../conversation/command.js";
import type { Outcome } from "../../conversation/dispatcher.js";
import { renderCommandList } from "../../conversation/render.js";
import type { Button, Picture, Reply } from "../../conversation/reply.js";
import { viewablePhoto } from "../../core/photo.js";
import type { Place } from "../../core/place.js";
import { renderText } from "../../i18n/render.js";
import type { Translator } from "../../i18n/translator.js";

/** One Bot API call to make, in order. */
export type Outgoing =
  | { kind: "text"; text: string; markup?: InlineKeyboard | Keyboard | ReplyKeyboardRemove }
  | { kind: "location"; place: Place }
  | { kind: "photo"; url: string }
  | { kind: "picture"; picture: Picture };

export interface RenderOptions {
  translator: Translator;
  commands: Command[];
  /** Telegram offers the share-location and share-contact buttons in private chats only. */
  canShowReplyKeyboard: boolean;
  /** A reply keyboard from an earlier question is still on the person's screen. */
  replyKeyboardOpen: boolean;
}

export interface RenderPlan {
  messages: Outgoing[];
  /** Whether a reply keyboard shows after these messages, for the next reply to remove. */
  replyKeyboardOpen: boolean;
}

/** Telegram's own button for a question: share a location, or share one's phone contact. */
function replyKeyboardFor(reply: Reply, translate: (key: string) => string): Keyboard | undefined {
  switch (reply.prompt?.fields[0]?.kind) {
    case "place":
      return new Keyboard().requestLocation(translate("telegram-share-location")).oneTime().resized();
    case "contact":
      return new Keyboard().requestContact(translate("telegram-share-contact")).oneTime().resized();
    default:
      return undefined;
  }
}

/** Longer than Telegram's limit on a shared location's accuracy circle is not allowed. */
const MAX_ACCURACY_METRES = 1500;

/** The reply's buttons, its link (a URL button, which Telegram opens without coming back to the bot) first. */
function inlineKeyboard(label: (button: Pick<Button, "label">) => string, reply: Reply) {
  const rows = reply.buttons?.filter((row) => row.length > 0) ?? [];
  const link = reply.link ? [[InlineKeyboard.url(label(reply.link), reply.link.url)]] : [];
  if (rows.length === 0 && link.length === 0) return undefined;
  return InlineKeyboard.from([
    ...link,
    ...rows.map((row) => row.map((button) => InlineKeyboard.text(label(button), button.action))),
  ]);
}

/**
 * Turns the dispatcher's neutral replies into Telegram messages, in the outcome's language.
 * Plain text (no parse mode), so nothing a person typed can break the formatting.
 *
 * A message carries either buttons under it or a change to the reply keyboard, never both. When
 * a reply needs both (a place question with a skip button, or the first reply after one), its
 * text carries the keyboard change and its buttons follow in a second, short message.
 */
export function planMessages(
  outcome: Pick<Outcome, "replies" | "language">,
  options: RenderOptions,
): RenderPlan {
  const { translator, commands } = options;
  const language = outcome.language;
  const translate = (key: string) => translator.translate(language, key);
  const keyboardFor = (reply: Reply) =>
    options.canShowReplyKeyboard ? replyKeyboardFor(reply, translate) : undefined;
  const showsKeyboard = outcome.replies.some((reply) => keyboardFor(reply) !== undefined);
  let removeKeyboard = options.replyKeyboardOpen && !showsKeyboard;
  const messages: Outgoing[] = [];
  for (const reply of outcome.replies) {
    const listed = reply.commands
      ? `\n${renderCommandList(translator, language, commands, reply.commands)}`
      : "";
    const text = renderText(translator, language, reply.text) + listed;
    const buttons = inlineKeyboard((button) => renderText(translator, language, button.label), reply);
    let keyboard: Keyboard | ReplyKeyboardRemove | undefined = keyboardFor(reply);
    if (!keyboard && removeKeyboard) {
      keyboard = { remove_keyboard: true };
      removeKeyboard = false;
    }
    if (keyboard && buttons) {
      messages.push({ kind: "text", text, markup: keyboard });
      messages.push({ kind: "text", text: translate("telegram-buttons-below"), markup: buttons });
    } else {
      const markup = keyboard ?? buttons;
      messages.push(markup ? { kind: "text", text, markup } : { kind: "text", text });
    }
    if (reply.place) messages.push({ kind: "location", place: reply.place });
    const photo = reply.image && viewablePhoto(reply.image, "telegram");
    if (photo) messages.push({ kind: "photo", url: photo });
    if (reply.picture) messages.push({ kind: "picture", picture: reply.picture });
  }
  return { messages, replyKeyboardOpen: showsKeyboard || removeKeyboard };
}

/** Sends planned messages one after another, so they arrive in order. */
export async function sendMessages(api: Api, chatId: number, messages: Outgoing[]): Promise<void> {
  for (const message of messages) {
    switch (message.kind) {
      case "text":
        await api.sendMessage(chatId, message.text, message.markup ? { reply_markup: message.markup } : {});
        break;
      case "location": {
        const { lat, lng, precision } = message.place;
        const accuracy =
          precision > 0 ? { horizontal_accuracy: Math.min(precision, MAX_ACCURACY_METRES) } : {};
        await api.sendLocation(chatId, lat, lng, accuracy);
        break;
      }
      case "photo":
        await api.sendPhoto(chatId, message.url);
        break;
      case "picture":
        await api.sendPhoto(chatId, new InputFile(message.picture.png, message.picture.name));
        break;
    }
  }
}
