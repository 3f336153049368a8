import { describe, expect, it } from "vitest";
import { englishPlaceName } from "./place-names.js";

describe("englishPlaceName", () => {
  it("names a gazetteer place in English where the gazetteer has the name", () => {
    expect(englishPlaceName("서울특별시")).toBe("Seoul");
    expect(englishPlaceName("부산광역시")).toBe("Busan");
    expect(englishPlaceName("수원시")).toBe("Suwon");
  });

  it("has none for a label the gazetteer does not name in English, or does not hold", () => {
    // The gazetteer spells 마포구 only as search keys ("mapogu") today.
    expect(englishPlaceName("마포구")).toBeUndefined();
    expect(englishPlaceName("서울숲 정문")).toBeUndefined();
    expect(englishPlaceName("서울")).toBeUndefined();
  });
});
