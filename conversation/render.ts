import type { Language } from "../core/identity/types.js";
import type { Translator } from "../i18n/translator.js";
import type { Command } from "./command.js";
import type { Button, Text } from "./reply.js";

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

/** `/name — description` lines; `spell` writes a command the way the messenger shows it. */
export function renderCommandList(
  translator: Translator,
  language: Language,
  commands: Command[],
  names: string[],
  spell: (command: Command) => string = (command) => `/${command.name}`,
): string {
  return names
    .map((name) => commands.find((command) => command.name === name))
    .filter((command): command is Command => command !== undefined)
    .map((command) => `${spell(command)} — ${translator.translate(language, command.descriptionKey)}`)
    .join("\n");
}

/** Buttons with their labels in `language`, as a messenger takes them. */
export function renderButtons(
  translator: Translator,
  language: Language,
  rows: Button[][],
): { label: string; action: string }[][] {
  return rows.map((row) =>
    row.map((button) => ({ label: renderText(translator, language, button.label), action: button.action })),
  );
}
