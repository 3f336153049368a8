import { describe, expect, it } from "vitest";
import { sharedInterests, wordsOf } from "./words.js";

describe("interests as words", () => {
  it("splits names and tags into lowercased words of two letters or more", () => {
    expect(wordsOf("신림 보드게임 & Board Games", "보드게임", "a")).toEqual([
      "신림",
      "보드게임",
      "board",
      "games",
    ]);
  });

  it("finds 러닝 in 러닝크루, and nothing shared between 보드게임 and 신림 풋살 모임", () => {
    expect(sharedInterests(["러닝", "요리"], wordsOf("망원 러닝크루"))).toEqual(["러닝"]);
    expect(sharedInterests(["보드게임"], wordsOf("신림 풋살 모임", "풋살", "운동"))).toEqual([]);
  });
});
