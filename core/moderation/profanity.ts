import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";
import { AppError } from "../errors.js";
import { buildKoreanProfanityPattern, normalizeForProfanity } from "./korean-profanity.js";

/**
 * Marketplace words that obscenity's English list matches: leetspeak reads the phone model A55 as
 * "ass", and brands, places and food start with listed words.
 */
const ORDINARY_ENGLISH = ["a55", "cockpit", "cum laude", "cumin", "dickies", "fukuoka", "shiitake", "shitzu"];

function buildEnglishMatcher(): RegExpMatcher {
  const { blacklistedTerms, whitelistedTerms } = englishDataset.build();
  return new RegExpMatcher({
    blacklistedTerms,
    whitelistedTerms: [...(whitelistedTerms ?? []), ...ORDINARY_ENGLISH],
    ...englishRecommendedTransformers,
  });
}

let matchers: { korean: RegExp; english: RegExpMatcher } | undefined;

/** Whether `text` holds a Korean (badwords-ko) or English (obscenity) swear word or slur. */
export function containsProfanity(text: string): boolean {
  matchers ??= { korean: buildKoreanProfanityPattern(), english: buildEnglishMatcher() };
  const normalized = normalizeForProfanity(text);
  return matchers.korean.test(normalized) || matchers.english.hasMatch(normalized);
}

/** Refuses what people would publish for others to read when any of its texts holds profanity. */
export function refuseProfanity(...texts: (string | undefined)[]): void {
  if (texts.some((text) => text && containsProfanity(text))) throw new AppError("profanity");
}
