import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt.js";

describe("excerpt", () => {
  it("quotes the first line that says something", () => {
    expect(excerpt("\n  \n  토요일 9시 \n장소는 공원")).toBe("토요일 9시");
    expect(excerpt("한 줄")).toBe("한 줄");
    expect(excerpt("   ")).toBe("");
  });

  it("cuts a long line at a character, never inside one, and says it was cut", () => {
    expect(excerpt("가나다라마바", 4)).toBe("가나다…");
    expect(excerpt("⚽⚽⚽⚽⚽", 3)).toBe("⚽⚽…");
    expect(excerpt("😀😀😀", 2)).toBe("😀…");
    expect(excerpt("가나다", 3)).toBe("가나다");
  });
});
