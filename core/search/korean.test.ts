import { describe, expect, it } from "vitest";
import {
  choseongOf,
  normalizeForSearch,
  parseSearchQuery,
  SEARCHABLE_CHARACTERS_PER_TEXT,
  type SearchQuery,
  searchTokens,
} from "./korean.js";

interface Row {
  title: string;
  tokens: string[];
  text: string;
  choseong: string;
}

function row(title: string, description = ""): Row {
  return {
    title,
    tokens: searchTokens(title, description),
    text: normalizeForSearch(title, description),
    choseong: choseongOf(title, description),
  };
}

/** PostgreSQL's `~`, which reads these patterns as JavaScript does. */
function matches(value: string, pattern: string): boolean {
  return new RegExp(pattern, "u").test(value);
}

function passesTokenFilter(candidate: Row, query: SearchQuery): boolean {
  return query.tokens.every((token) => candidate.tokens.includes(token));
}

function passesExactCheck(candidate: Row, query: SearchQuery): boolean {
  return (
    query.textPatterns.every((pattern) => matches(candidate.text, pattern)) &&
    query.choseongPatterns.every((pattern) => matches(candidate.choseong, pattern))
  );
}

/** `WHERE search_tokens @> $tokens AND search_text ~ ALL (…) AND search_choseong ~ ALL (…)`. */
function search(rows: Row[], query: string): string[] {
  const parsed = parseSearchQuery(query);
  return rows.filter((r) => passesTokenFilter(r, parsed) && passesExactCheck(r, parsed)).map((r) => r.title);
}

const listings = [
  row("원목 의자 팝니다"),
  row("이케아 원목의자"),
  row("책상 의자 세트"),
  row("상자 책상"),
  row("전공책 팝니다"),
  row("전자레인지 삼성 20L"),
  row("전자렌지 급처"),
  row("전자 레인지 (거의 새것)"),
  row("아이폰15 프로 256GB"),
  row("아이폰 14 케이스"),
  row("iPhone 15 Pro Max"),
  row("ＩＰＨＯＮＥ　１５ 충전기"),
  row("🪑 의자 나눔 🔥"),
  row("Samsung Galaxy S21 (SM-G991N)"),
];

describe("search over listings", () => {
  it("finds two-syllable words, also inside compounds", () => {
    expect(search(listings, "의자")).toEqual([
      "원목 의자 팝니다",
      "이케아 원목의자",
      "책상 의자 세트",
      "🪑 의자 나눔 🔥",
    ]);
    expect(search(listings, "책상")).toEqual(["책상 의자 세트", "상자 책상"]);
  });

  it("finds one-syllable words inside compounds", () => {
    expect(search(listings, "책")).toEqual(["책상 의자 세트", "상자 책상", "전공책 팝니다"]);
  });

  it("matches initial consonants typed on their own", () => {
    // Issue 12: a word typed without the document's spaces finds it, so "전자 레인지" too.
    expect(search(listings, "ㅈㅈㄹㅇㅈ")).toEqual(["전자레인지 삼성 20L", "전자 레인지 (거의 새것)"]);
    expect(search(listings, "ㅇㅇㅍ")).toEqual(["아이폰15 프로 256GB", "아이폰 14 케이스"]);
    expect(search(listings, "ㅇㅇㅍ15")).toEqual(["아이폰15 프로 256GB"]);
  });

  it("finds a prefix in every spelling that starts with it", () => {
    expect(search(listings, "전자")).toEqual([
      "전자레인지 삼성 20L",
      "전자렌지 급처",
      "전자 레인지 (거의 새것)",
    ]);
  });

  it("treats a space between Hangul and digits as optional", () => {
    const iphone15 = ["아이폰15 프로 256GB"];
    expect(search(listings, "아이폰 15")).toEqual(iphone15);
    expect(search(listings, "아이폰15")).toEqual(iphone15);
    expect(search([row("아이폰 15 미개봉")], "아이폰15")).toEqual(["아이폰 15 미개봉"]);
  });

  it("ignores case and full width, and needs every word in any order", () => {
    expect(search(listings, "IPHONE")).toEqual(["iPhone 15 Pro Max", "ＩＰＨＯＮＥ　１５ 충전기"]);
    expect(search(listings, "pro iphone 15")).toEqual(["iPhone 15 Pro Max"]);
    expect(search(listings, "의자 원목")).toEqual(["원목 의자 팝니다", "이케아 원목의자"]);
  });

  it("finds model numbers written with or without their punctuation", () => {
    const galaxy = ["Samsung Galaxy S21 (SM-G991N)"];
    expect(search(listings, "SM-G991N")).toEqual(galaxy);
    expect(search(listings, "g991n")).toEqual(galaxy);
    expect(search(listings, "s21")).toEqual(galaxy);
  });

  it("never matches across a space from inside a word", () => {
    // 자레 starts inside 전자, so "전자 레인지" does not hold it, though it holds its token.
    expect(search(listings, "자레")).toEqual(["전자레인지 삼성 20L"]);
    expect(search([row("책상 자석")], "상자")).toEqual([]);
    expect(search(listings, "레인지")).toEqual(["전자레인지 삼성 20L", "전자 레인지 (거의 새것)"]);
  });

  it("finds words typed without their spaces, and with spaces the document has not", () => {
    const chairs = ["원목 의자 팝니다", "이케아 원목의자"];
    expect(search(listings, "원목의자")).toEqual(chairs);
    expect(search(listings, "원목 의자")).toEqual(chairs);
    expect(search(listings, "ㅇㅁㅇㅈ")).toEqual(chairs);
    expect(search(listings, "전자레인")).toEqual(["전자레인지 삼성 20L", "전자 레인지 (거의 새것)"]);
    expect(search(listings, "전자레인지")).toEqual(["전자레인지 삼성 20L", "전자 레인지 (거의 새것)"]);
    // Only from where a document word starts: 목의자 is inside "원목의자" but not "원목 의자".
    expect(search(listings, "목의자")).toEqual(["이케아 원목의자"]);
  });

  it("drops rows that hold every token but not the word", () => {
    const boxDesk = listings.find((r) => r.title === "상자 책상");
    const query = parseSearchQuery("책상자");
    expect(boxDesk && passesTokenFilter(boxDesk, query)).toBe(true);
    expect(search(listings, "책상자")).toEqual([]);
  });

  it("never lets the token filter drop a row the exact check would keep", () => {
    const queries = [
      "의",
      "의자",
      "ㅈ",
      "ㅈㅈ",
      "전자레인지",
      "전자레인",
      "원목의자",
      "ㅇㅁㅇㅈ",
      "자레",
      "ㅇㅇㅍ15",
      "아이폰 15",
      "15",
      "g991n",
      "iphone",
      "max",
    ];
    for (const query of queries) {
      const parsed = parseSearchQuery(query);
      for (const candidate of listings) {
        if (passesExactCheck(candidate, parsed)) expect(passesTokenFilter(candidate, parsed)).toBe(true);
      }
    }
  });

  it("does not match from a title into its description", () => {
    const rows = [row("중고 아이폰", "15만원에 팝니다")];
    expect(search(rows, "아이폰15")).toEqual([]);
    expect(search(rows, "아이폰 15")).toEqual(["중고 아이폰"]);
  });
});

describe("parseSearchQuery", () => {
  it("has nothing to look for in a query without letters or digits", () => {
    const none = { tokens: [], textPatterns: [], choseongPatterns: [] };
    for (const query of ["", "   ", "\n\t", "🪑🔥", "!!! ~"]) expect(parseSearchQuery(query)).toEqual(none);
  });

  it("checks initial-consonant words against the choseong column and the rest against the text", () => {
    expect(parseSearchQuery("ㅈㅈㄹㅇㅈ 삼성")).toEqual({
      tokens: ["ㅈㅈ", "ㅈㄹ", "ㄹㅇ", "ㅇㅈ", "삼성"],
      textPatterns: ["삼성|(?:^|[\n ])삼 ?성"],
      choseongPatterns: ["ㅈㅈㄹㅇㅈ|(?:^|[\n ])ㅈ ?ㅈ ?ㄹ ?ㅇ ?ㅈ"],
    });
  });

  it("keeps jamo typed by people apart from syllables", () => {
    expect(parseSearchQuery("ㄱㅏ").textPatterns).toEqual(["ㄱㅏ|(?:^|[\n ])ㄱ ?ㅏ"]);
  });
});

describe("stored columns", () => {
  it("fold case, width, punctuation and emoji, and split where scripts meet", () => {
    expect(normalizeForSearch("아이폰15 Pro (256GB)!", "ＩＰＨＯＮＥ❤️")).toBe("아이폰 15 pro 256 gb\niphone");
    expect(choseongOf("아이폰15 Pro ㅋㅋ ㅠㅠ", "전자레인지")).toBe("ㅇㅇㅍ 15 pro ㅋㅋ\nㅈㅈㄹㅇㅈ");
    expect(normalizeForSearch("원목\u3164의자")).toBe("원목 의자");
  });

  it("bound the tokens of a long description and index the title whole", () => {
    const description = `${"가나다라마바사아자차카타파하 ".repeat(100)}냉장고`;
    const tokens = searchTokens("원목 의자", description);
    expect(tokens.length).toBeLessThanOrEqual(4 * 2 * SEARCHABLE_CHARACTERS_PER_TEXT);
    const rows = [row("원목 의자", description)];
    expect(search(rows, "의자")).toEqual(["원목 의자"]);
    expect(search(rows, "냉장고")).toEqual([]);
  });
});
