import type { Language } from "../core/identity/types.js";
import type { Translator } from "../i18n/translator.js";
import type { Command } from "./command.js";

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
