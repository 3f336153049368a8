import { describe, expect, it } from "vitest";
import { normalizeTag, readGroupQuery } from "./rules.js";
import { groupTagsSchema } from "./schema.js";

describe("tags", () => {
  it("are one word, lower-cased, without the # however it was typed", () => {
    expect(["#운동", " 운동 ", "＃운동", "##운동"].map(normalizeTag)).toEqual([
      "운동",
      "운동",
      "운동",
      "운동",
    ]);
    expect(normalizeTag("#Board Game")).toBe("boardgame");
    expect(normalizeTag("ＬｏＬ")).toBe("lol");
    expect(normalizeTag("ㅋㅋ")).toBe("ㅋㅋ");
  });

  it("drop blanks and repeats, and refuse more than ten or any longer than twenty characters", () => {
    expect(groupTagsSchema.parse(["#운동", "운동", "", "#", "Running", "running"])).toEqual([
      "운동",
      "running",
    ]);
    expect(groupTagsSchema.safeParse(Array.from({ length: 11 }, (_, i) => `t${i}`)).success).toBe(false);
    expect(groupTagsSchema.safeParse(["가".repeat(21)]).success).toBe(false);
    expect(groupTagsSchema.safeParse(["#".concat("가".repeat(20))]).success).toBe(true);
  });
});

describe("what follows /groups", () => {
  it("reads #words as tags and the rest as a keyword", () => {
    expect(readGroupQuery("풋살")).toEqual({ keyword: "풋살", tags: [] });
    expect(readGroupQuery("#운동")).toEqual({ keyword: undefined, tags: ["운동"] });
    expect(readGroupQuery(" 주말  #운동 풋살 ＃Running #운동 ")).toEqual({
      keyword: "주말 풋살",
      tags: ["운동", "running"],
    });
    expect(readGroupQuery("# ")).toEqual({ keyword: undefined, tags: [] });
  });
});
