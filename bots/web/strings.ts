import type { Language } from "../../core/identity/types.js";
import type { Translator } from "../../i18n/translator.js";

/** Written by the server into API answers, never shown by the page on its own. */
const SERVER_ONLY_PREFIX = "playground-api-";

/** Shared catalog messages the page shows itself: the errors an API call can end in. */
const SHARED_KEYS = ["error-unexpected", "error-not-found", "error-invalid-input"];

/** Every label the page needs, in one language. All of them take no parameters. */
export function pageStrings(translator: Translator, language: Language): Record<string, string> {
  const own = translator
    .keys(language)
    .filter((key) => key.startsWith("playground-") && !key.startsWith(SERVER_ONLY_PREFIX));
  return Object.fromEntries(
    [...own, ...SHARED_KEYS].map((key) => [key, translator.translate(language, key)]),
  );
}
