import { describe, expect, it } from "vitest";
import { parseSearchPhrase } from "./search-phrase.js";

describe("parseSearchPhrase", () => {
  it.each([
    ["의자", { keyword: "의자" }],
    ["원목 의자 가구 3만이하", { keyword: "원목 의자", category: "furniture", maxPrice: 30_000 }],
    ["책상 ~5만원", { keyword: "책상", maxPrice: 50_000 }],
    ["모니터 10만이상", { keyword: "모니터", minPrice: 100_000 }],
    ["자전거 1만~5만", { keyword: "자전거", minPrice: 10_000, maxPrice: 50_000 }],
    ["#가전 나눔", { category: "appliances", maxPrice: 0 }],
    ["desk furniture 30000under", { keyword: "desk", category: "furniture", maxPrice: 30_000 }],
    ["아이폰 15 pro", { keyword: "아이폰 15 pro" }],
    ["", {}],
  ])("reads %j", (text, expected) => {
    expect(parseSearchPhrase(text)).toEqual({
      keyword: undefined,
      category: undefined,
      minPrice: undefined,
      maxPrice: undefined,
      ...expected,
    });
  });

  it("refuses a range whose low end is above its high end", () => {
    expect(() => parseSearchPhrase("의자 5만~1만")).toThrow("invalid-input");
  });

  it("refuses an absurd price instead of searching for it as a word", () => {
    expect(() => parseSearchPhrase("의자 2억이하")).toThrow("price-too-high");
  });
});
