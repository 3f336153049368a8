import { disassemble } from "es-hangul";
import type { PlaceKind } from "./entry.js";

/** A word as typed, read as a name and the kind word after it: "강남구" is 강남 + 구. */
export interface Term {
  stem: string;
  suffix: string;
}

/** Longest first, so "서울특별시" is read as 서울 + 특별시 and not as 서울특별 + 시. */
const koreanSuffixes = [
  "특별자치시",
  "특별자치도",
  "특별시",
  "광역시",
  "도",
  "시",
  "군",
  "구",
  "읍",
  "면",
  "동",
  "리",
  // A station is no kind of area, but reading 강남역 as 강남 + 역 lets suggestions set it apart.
  "역",
];
const latinSuffixes = ["gu", "gun", "si", "do", "dong", "eup", "myeon", "ri", "city", "province", "county"];

/** Which kind words a place answers to: someone may call 서울특별시 "서울시" but never "서울구". */
const suffixesByKind: Record<PlaceKind, readonly string[]> = {
  province: ["특별자치시", "특별자치도", "특별시", "광역시", "도", "시", "si", "do", "city", "province"],
  city: ["시", "si", "city"],
  district: ["구", "군", "시", "gu", "gun", "si", "city", "county"],
  town: ["읍", "면", "동", "리", "eup", "myeon", "dong", "ri"],
};

/**
 * Lower-cased words without accents or punctuation: "P'ohang-si" → ["pohang", "si"]. Hangul survives
 * the NFD round trip because its decomposed jamo are letters, not combining marks.
 */
export function words(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/['’`]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((word) => word.length > 0);
}

/** The form names are compared in: "강남 구" and "강남구" are the same key. */
export function compact(text: string): string {
  return words(text).join("");
}

/** A town's own kind word and its romanized form. */
const townKindWords: Record<string, string> = { 읍: "eup", 면: "myeon", 동: "dong", 리: "ri" };

/**
 * Whether a place answers to a kind word. A town answers only to its own; one listed without it
 * (GeoNames' 성수, the seat of 임실군 성수면) is the seat of a 읍 or 면 and never a 동, so "성수동"
 * is not taken for it.
 */
export function fitsKindWord(place: { kind: PlaceKind; name: string }, suffix: string): boolean {
  if (!suffixesByKind[place.kind].includes(suffix)) return false;
  if (place.kind !== "town") return true;
  const own = Object.keys(townKindWords).find((word) => place.name.endsWith(word) && place.name.length > 1);
  const accepted = own ? [own] : ["읍", "면"];
  return accepted.some((word) => suffix === word || suffix === townKindWords[word]);
}

/** The name without the kind word it ends with, when that kind word fits the place. */
export function stripKindSuffix(kind: PlaceKind, name: string): string | undefined {
  const suffix = suffixesByKind[kind].find(
    (candidate) => name.endsWith(candidate) && name.length > candidate.length,
  );
  return suffix === undefined ? undefined : name.slice(0, -suffix.length);
}

/** "강남역" has no known kind word; "서울시" is 서울 + 시. */
export function splitKoreanSuffix(word: string): Term | undefined {
  const suffix = koreanSuffixes.find(
    (candidate) => word.endsWith(candidate) && word.length > candidate.length,
  );
  return suffix === undefined ? undefined : { stem: word.slice(0, -suffix.length), suffix };
}

/**
 * The query as the place it names (its last words) and the places it lies in (the words before):
 * "마포구 서교동" → 서교동 within 마포구. A kind word typed apart joins the word before it.
 */
export function parseQuery(text: string): { target: Term; context: Term[] } | undefined {
  const terms: Term[] = [];
  for (const word of words(text)) {
    const previous = terms.at(-1);
    if (previous && previous.suffix === "" && isKindWord(word)) previous.suffix = word;
    else terms.push({ stem: word, suffix: "" });
  }
  const target = terms.pop();
  return target && { target, context: terms };
}

function isKindWord(word: string): boolean {
  return koreanSuffixes.includes(word) || latinSuffixes.includes(word);
}

/** A tense consonant typed for a plain one ("깡남") is still the same start. */
const PLAIN_CONSONANT: Record<string, string> = { ㄲ: "ㄱ", ㄸ: "ㄷ", ㅃ: "ㅂ", ㅆ: "ㅅ", ㅉ: "ㅈ" };
const HANGUL_START = /^[가-힣]/u;
/** About the first syllable of a romanized name. */
const LATIN_HEAD = 3;

/**
 * How a name starts, which a reader goes by: the first syllable of a Hangul name in jamo, a tense
 * first consonant read as plain ("깡" as 강); the first letters of a romanized one.
 */
export function nameHead(text: string): string {
  if (!HANGUL_START.test(text)) return text.slice(0, LATIN_HEAD);
  const [first = "", ...rest] = disassemble(text.charAt(0));
  return (PLAIN_CONSONANT[first] ?? first) + rest.join("");
}
