import { createRequire } from "node:module";
import { z } from "zod";
import { nfkcKeepingJamo } from "../search/korean.js";

/**
 * Entries of badwords-ko that are ordinary words, or the start of them, in listings and
 * neighbourhood chat; each would refuse text nobody meant as abuse.
 */
const ORDINARY_HERE = new Set([
  "오크", // oak: 화이트오크 원목 책상
  "삐걱", // creaking: 삐걱거림 없어요
  "쉰내", // sour smell: 쉰내 안 나요
  "꺼져요", // switches off: 전원이 가끔 꺼져요
  "후려",
  "후.려",
  "후1려", // lowballing: 가격 후려치기 사절
  "앰", // 앰프, 앰플
  "뚝배기", // an earthenware pot
  "찍찍이", // velcro: 찍찍이 운동화
  "노무", // 노무사 교재
  "보라니", // 보라니트, a purple knit
  "꼴랑", // "just": 꼴랑 두 번 썼어요
  "졸라", // pestered: 아이가 졸라서 샀어요
  "빻은",
  "빻았", // ground: 빻은 마늘
  "곱창나",
  "곱창났", // "wrecked", how sellers describe damage: 액정 곱창났어요
  "돌았나",
  "돌았네",
  "돌았구만",
  "돌앗나",
  "돌앗네",
  "돌앗구만", // went round: 공원 한 바퀴 돌았네요
  "뒤졌",
  "뒤져요",
  "뒤져야",
  "뒤져야지",
  "뒤질",
  "뒤진다", // rummaged: 창고 뒤졌더니 나왔어요
  "싸개", // a wrapper: 책싸개
  "자살", // not abuse: someone writing it needs help, not a refusal
  "🚬", // a cigarette
]);

/** Entries whose first word must start a word: 이 새끼 is "this bastard", 고양이 새끼 a kitten. */
const WORD_STARTS = new Set(["이 새끼"]);

const badwordsList = z.object({ badWords: z.array(z.string()) });

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

/**
 * badwords-ko compiles each entry as a regular expression. Only `.` is used as one, in entries like
 * 존.나 and ㅅ.ㅂ, meaning a character slipped in to dodge filters; as "any character" it also hit
 * 꺼내지 (꺼.지) and 스크루 (스.루). So `.` becomes one character that is not a syllable and
 * everything else is literal. Surrounding spaces are kept (the package trims them): "시바 " must
 * not match 시바견.
 */
function entryPattern(entry: string): string {
  const pattern = entry
    .split(".")
    .map((literal) => escapeRegExp(normalizeForProfanity(literal)))
    .join("[^가-힣]");
  return WORD_STARTS.has(entry) ? `(?<![가-힣])${pattern}` : pattern;
}

/** Full width folded, case and runs of whitespace evened out, as both the list and the text need. */
export function normalizeForProfanity(text: string): string {
  return nfkcKeepingJamo(text).toLowerCase().replace(/\s+/gu, " ");
}

/** One expression for the whole list; reads the list, so call it once and keep the result. */
export function buildKoreanProfanityPattern(): RegExp {
  const require = createRequire(import.meta.url);
  const { badWords } = badwordsList.parse(require("badwords-ko/src/badwords.ko.config.json"));
  const entries = new Set(badWords.filter((entry) => entry.trim() !== "" && !ORDINARY_HERE.has(entry)));
  return new RegExp([...entries].map(entryPattern).join("|"), "u");
}
