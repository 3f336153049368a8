import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource, type FluentValue } from "@fluent/bundle";
import { josa } from "es-hangul";
import type { Language } from "../core/identity/types.js";
import { englishPlaceLabel } from "../core/places/gazetteer.js";

export type MessageParams = Record<string, string | number>;

export interface Translator {
  translate(language: Language, key: string, params?: MessageParams): string;
  has(language: Language, key: string): boolean;
  keys(language: Language): string[];
}

const catalogDir = path.dirname(fileURLToPath(import.meta.url));

type JosaPair = Parameters<typeof josa.pick>[1];

/** A closing aside in brackets, "(분)", which is not read aloud before the particle. */
const TRAILING_ASIDE = /\s*\([^()]*\)$/u;

/**
 * `{ JOSA($title, "을/를") }`: the particle that follows the word, so a catalog never writes
 * "을(를)". es-hangul picks by the word's last syllable, which for "운동 시간(분)" is 간.
 */
function josaFunction([word, pair]: FluentValue[]): string {
  const spoken = String(word?.valueOf() ?? "").replace(TRAILING_ASIDE, "");
  return josa.pick(spoken, String(pair?.valueOf() ?? "") as JosaPair);
}

/**
 * `{ WON($amount) }`: an amount of money as each language writes it, "15,000원" and "₩15,000", so
 * no catalog message spells the currency its own way.
 */
function wonFunction(language: Language) {
  const grouped = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  return ([amount]: FluentValue[]): string => {
    const digits = grouped.format(Number(amount?.valueOf() ?? 0));
    return language === "ko" ? `${digits}원` : `₩${digits}`;
  };
}

/**
 * `{ PLACE($area) }`: a place's label as the reader's language names it. Labels are stored in
 * Korean; English shows the gazetteer's English name where it has one, and the label otherwise.
 */
function placeFunction(language: Language) {
  return ([label]: FluentValue[]): string => {
    const korean = String(label?.valueOf() ?? "");
    return language === "en" ? (englishPlaceLabel(korean) ?? korean) : korean;
  };
}

function loadBundle(language: Language): FluentBundle {
  // Unicode isolation marks show up as stray characters in some messenger clients.
  const bundle = new FluentBundle(language, {
    useIsolating: false,
    functions: { JOSA: josaFunction, WON: wonFunction(language), PLACE: placeFunction(language) },
  });
  const dir = path.join(catalogDir, language);
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".ftl"))) {
    const source = readFileSync(path.join(dir, file), "utf8");
    const errors = bundle.addResource(new FluentResource(source));
    if (errors.length > 0) throw new Error(`i18n/${language}/${file}: ${errors.map(String).join("; ")}`);
  }
  return bundle;
}

/** Reads the Korean and English catalogs (`i18n/<language>/*.ftl`), shared by every front door and worker. */
export function createTranslator(): Translator {
  const bundles: Record<Language, FluentBundle> = { ko: loadBundle("ko"), en: loadBundle("en") };
  return {
    translate(language, key, params = {}) {
      const bundle = bundles[language];
      const message = bundle.getMessage(key) ?? bundles.ko.getMessage(key);
      if (!message?.value) return key;
      return bundle.formatPattern(message.value, params);
    },
    has: (language, key) => bundles[language].hasMessage(key),
    keys: (language) => [...bundles[language]._messages.keys()],
  };
}
