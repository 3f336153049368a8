import { createTranslator, type MessageParams } from "../i18n/translator.js";

const translator = createTranslator();

/** A catalog message in Korean, as the bots send it (the same catalogs the app reads). */
export const t = (key: string, params?: MessageParams) => translator.translate("ko", key, params);
