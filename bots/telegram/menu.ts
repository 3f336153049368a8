import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Dispatcher } from "../../conversation/dispatcher.js";
import type { Language } from "../../core/identity/types.js";
import type { Translator } from "../../i18n/translator.js";

function menuIn(
  language: Language,
  translator: Translator,
  dispatcher: Pick<Dispatcher, "commands" | "listed">,
) {
  return dispatcher.listed.flatMap((name): BotCommand[] => {
    const command = dispatcher.commands.find((candidate) => candidate.name === name);
    return command
      ? [{ command: name, description: translator.translate(language, command.descriptionKey) }]
      : [];
  });
}

/**
 * The "/" menu in Telegram apps, from the same list and descriptions as /help. Korean is the
 * default (apps in any other language see it); apps set to English get the English one.
 */
export async function setTelegramMenu(
  api: Api,
  translator: Translator,
  dispatcher: Pick<Dispatcher, "commands" | "listed">,
): Promise<void> {
  const korean = menuIn("ko", translator, dispatcher);
  await api.setMyCommands(korean);
  await api.setMyCommands(korean, { language_code: "ko" });
  await api.setMyCommands(menuIn("en", translator, dispatcher), { language_code: "en" });
}
