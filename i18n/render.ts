import type { Language } from "../core/identity/types.js";
import type { Button, Message, Text } from "../core/message.js";
import type { Translator } from "./translator.js";

/** A button as a messenger takes it: its label already in the reader's language. */
export interface RenderedButton {
  label: string;
  /** Comes back to the bots when it is pressed, as Telegram callback data or a Discord custom id. */
  action: string;
}

/**
 * Translates a Text, translating nested Text parameters first. A list is joined with commas, or
 * one per line when its parameter is named `lines`.
 */
export function renderText(translator: Translator, language: Language, message: Text): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    if (Array.isArray(value))
      params[name] = value
        .map((item) => renderText(translator, language, item))
        .join(name === "lines" ? "\n" : ", ");
    else params[name] = typeof value === "object" ? renderText(translator, language, value) : value;
  }
  return translator.translate(language, message.key, params);
}

/** Buttons with their labels in `language`, as a messenger takes them. */
export function renderButtons(
  translator: Translator,
  language: Language,
  rows: Button[][],
): RenderedButton[][] {
  return rows.map((row) =>
    row.map((button) => ({ label: renderText(translator, language, button.label), action: button.action })),
  );
}

/** A message's words and button labels in `language`, as a messenger's sender takes them. */
export function renderMessage(
  translator: Translator,
  language: Language,
  { text, buttons }: Message,
): { text: string; buttons: RenderedButton[][] } {
  return {
    text: renderText(translator, language, text),
    buttons: renderButtons(translator, language, buttons),
  };
}
