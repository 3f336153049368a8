import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FAKE_KAKAO_KEY, startFakeKakao } from "../../../test/fake-geocoders/kakao.js";
import { startFakeNominatim } from "../../../test/fake-geocoders/nominatim.js";
import type { FakeService } from "../../../test/fake-geocoders/server.js";
import { createTestDatabase, type TestDatabase } from "../../../test/postgres.js";
import { HOME_AREA_PRECISION_METRES } from "../../place.js";
import { FOUND_KEPT_MS, NOT_FOUND_KEPT_MS } from "./cache.js";
import {
  createGeocoder,
  type GeocodeReport,
  type GeocoderOptions,
  POI_PRECISION_METRES,
} from "./geocoder.js";
import { kakaoProvider } from "./kakao.js";
import { nominatimProvider } from "./nominatim.js";

let database: TestDatabase;
let kakao: FakeService;
let nominatim: FakeService;

beforeAll(async () => {
  [database, kakao, nominatim] = await Promise.all([
    createTestDatabase(),
    startFakeKakao(),
    startFakeNominatim(),
  ]);
});

afterAll(async () => {
  await Promise.all([database?.drop(), kakao?.close(), nominatim?.close()]);
});

beforeEach(async () => {
  await database.db.geocodeCache.deleteMany();
});

afterEach(() => {
  kakao.requests.length = 0;
  nominatim.requests.length = 0;
});

/** A clock the test moves by hand, starting now. */
function handClock() {
  let now = Date.now();
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

function kakaoGeocoder(options: Partial<GeocoderOptions> & { apiKey?: string } = {}) {
  const reports: GeocodeReport[] = [];
  const { apiKey = FAKE_KAKAO_KEY, ...rest } = options;
  const geocoder = createGeocoder({
    db: database.db,
    provider: kakaoProvider({ apiKey, apiRoot: kakao.url }),
    report: (report) => reports.push(report),
    ...rest,
  });
  return { geocoder, reports, outcomes: () => reports.map((report) => report.outcome) };
}

const mangwonPark = { lat: 37.5551, lng: 126.896 };

describe("the Kakao Local geocoder", () => {
  it("finds a landmark by keyword, kept to about a street corner, sending only the words and the key", async () => {
    const { geocoder, outcomes } = kakaoGeocoder();
    const place = await geocoder.find(" 망원한강공원 ");
    expect(place).toMatchObject({ label: "망원한강공원", precision: POI_PRECISION_METRES });
    expect(Math.abs((place?.lat ?? 0) - mangwonPark.lat)).toBeLessThan(0.001);
    expect(Math.abs((place?.lng ?? 0) - mangwonPark.lng)).toBeLessThan(0.0015);
    expect(outcomes()).toEqual(["found"]);
    const [request] = kakao.requests;
    expect(request?.path).toBe("/v2/local/search/keyword.json");
    expect(request?.query).toEqual({ query: "망원한강공원", size: "1" });
    expect(request?.headers.authorization).toBe(`KakaoAK ${FAKE_KAKAO_KEY}`);
    // Nothing else about the person: no cookie, no language, no forwarded address.
    expect(Object.keys(request?.headers ?? {}).sort()).toEqual(
      expect.not.arrayContaining(["cookie", "accept-language", "x-forwarded-for", "referer"]),
    );
  });

  it("falls back to address search, and labels an address by its area only, as coarsely as a home", async () => {
    const { geocoder } = kakaoGeocoder();
    const place = await geocoder.find("월드컵로 12길 34");
    expect(place).toMatchObject({ label: "마포구 망원동", precision: HOME_AREA_PRECISION_METRES });
    expect(Math.abs((place?.lat ?? 0) - 37.55731)).toBeLessThan(0.005);
    expect(kakao.requests.map((request) => request.path)).toEqual([
      "/v2/local/search/keyword.json",
      "/v2/local/search/address.json",
    ]);
  });

  it("answers a second time from the cache, however the words are spaced or cased, until it is stale", async () => {
    const { clock, advance } = handClock();
    const { geocoder, outcomes } = kakaoGeocoder({ clock });
    const first = await geocoder.find("Mangwon Hangang Park");
    const again = await geocoder.find("  mangwon   hangang park");
    expect(again).toEqual(first);
    expect(kakao.requests).toHaveLength(1);
    expect(outcomes()).toEqual(["found", "cached"]);
    const row = await database.db.geocodeCache.findUniqueOrThrow({
      where: { query: "mangwon hangang park" },
    });
    expect(row).toMatchObject({ provider: "kakao", notFound: false });
    advance(FOUND_KEPT_MS + 1);
    await geocoder.find("Mangwon Hangang Park");
    expect(kakao.requests).toHaveLength(2);
  });

  it("keeps 'not found' for a day, and leaves the words to the gazetteer meanwhile", async () => {
    const { clock, advance } = handClock();
    const { geocoder, outcomes } = kakaoGeocoder({ clock });
    expect(await geocoder.find("없는곳공원")).toBeUndefined();
    expect(await geocoder.find("없는곳공원")).toBeUndefined();
    expect(kakao.requests).toHaveLength(2); // keyword and address, once
    expect(outcomes()).toEqual(["not-found", "cached"]);
    advance(NOT_FOUND_KEPT_MS + 1);
    await geocoder.find("없는곳공원");
    expect(kakao.requests).toHaveLength(4);
  });

  it("sends nothing for coordinates, names the gazetteer knows, digits or words too long to be a place", async () => {
    const { geocoder, reports } = kakaoGeocoder();
    for (const words of ["37.55, 126.9", "강남구", "마포구", "12345", "", "가".repeat(201)]) {
      expect(await geocoder.find(words)).toBeUndefined();
    }
    expect(kakao.requests).toHaveLength(0);
    expect(reports).toHaveLength(0);
  });

  it("stops asking at once when the key is refused (401)", async () => {
    const { geocoder, reports, outcomes } = kakaoGeocoder({ apiKey: "wrongwrongwrongwrongwrong" });
    expect(await geocoder.find("망원한강공원")).toBeUndefined();
    expect(reports[0]).toMatchObject({ outcome: "refused", status: 401 });
    expect(await geocoder.find("홍대입구역")).toBeUndefined();
    expect(outcomes()).toEqual(["refused", "paused"]);
    expect(kakao.requests).toHaveLength(1);
    expect(await database.db.geocodeCache.count()).toBe(0);
  });

  it("stays away for as long as a 429's Retry-After says, then asks again", async () => {
    const { clock, advance } = handClock();
    const { geocoder, outcomes } = kakaoGeocoder({ clock });
    kakao.fail({ status: 429, body: { errorType: "RequestThrottled" }, headers: { "retry-after": "60" } });
    expect(await geocoder.find("망원한강공원")).toBeUndefined();
    expect(await geocoder.find("망원한강공원")).toBeUndefined();
    advance(61_000);
    expect(await geocoder.find("망원한강공원")).toMatchObject({ label: "망원한강공원" });
    expect(outcomes()).toEqual(["refused", "paused", "found"]);
    expect(kakao.requests).toHaveLength(2);
  });

  it("opens the circuit after failures in a row, then tries once and closes it when the service is back", async () => {
    const { clock, advance } = handClock();
    const { geocoder, outcomes } = kakaoGeocoder({ clock, failuresToPause: 3, pauseMs: 30_000 });
    kakao.fail({ status: 500, body: { errorType: "InternalServerError" } }, 4);
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect(await geocoder.find("홍대입구역")).toBeUndefined();
    expect(outcomes()).toEqual(["refused", "refused", "refused", "paused", "paused"]);
    expect(kakao.requests).toHaveLength(3);
    advance(30_001);
    await geocoder.find("홍대입구역"); // the one probe fails: paused again, for twice as long
    expect(await geocoder.find("홍대입구역")).toBeUndefined();
    advance(30_001);
    expect(await geocoder.find("홍대입구역")).toBeUndefined();
    advance(30_000);
    expect(await geocoder.find("홍대입구역")).toMatchObject({ label: "홍대입구역 2호선" });
    expect(outcomes().slice(5)).toEqual(["refused", "paused", "paused", "found"]);
    expect(kakao.requests).toHaveLength(5);
  });

  it("gives up at the time limit when the service holds its answer, and nobody waits it out", async () => {
    const { geocoder, outcomes } = kakaoGeocoder({ timeoutMs: 200 });
    kakao.hold(5_000);
    const started = performance.now();
    expect(await geocoder.find("망원한강공원")).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(outcomes()).toEqual(["timeout"]);
  });

  it("answers nothing over the rate limit rather than queueing", async () => {
    const { clock, advance } = handClock();
    const { geocoder, outcomes } = kakaoGeocoder({ clock, perSecond: 1 });
    await geocoder.find("망원한강공원");
    expect(await geocoder.find("홍대입구역")).toBeUndefined();
    advance(1_000);
    expect(await geocoder.find("홍대입구역")).toBeDefined();
    expect(outcomes()).toEqual(["found", "rate-limited", "found"]);
    expect(kakao.requests).toHaveLength(2);
  });

  it("treats an answer it cannot read as a failure", async () => {
    const { geocoder, outcomes } = kakaoGeocoder();
    kakao.fail({ status: 200, body: { documents: "nope" } });
    expect(await geocoder.find("망원한강공원")).toBeUndefined();
    expect(outcomes()).toEqual(["failed"]);
  });
});

describe("the Nominatim geocoder", () => {
  function nominatimGeocoder() {
    const reports: GeocodeReport[] = [];
    const geocoder = createGeocoder({
      db: database.db,
      provider: nominatimProvider({ url: nominatim.url, userAgent: "honjok (+https://honjok.example)" }),
      report: (report) => reports.push(report),
    });
    return { geocoder, outcomes: () => reports.map((report) => report.outcome) };
  }

  it("finds a place in Korea, naming honjok in its User-Agent and sending only the words", async () => {
    const { geocoder } = nominatimGeocoder();
    expect(await geocoder.find("망원한강공원")).toMatchObject({
      label: "망원한강공원",
      precision: POI_PRECISION_METRES,
    });
    const [request] = nominatim.requests;
    expect(request?.query).toEqual({
      q: "망원한강공원",
      format: "jsonv2",
      countrycodes: "kr",
      limit: "1",
      addressdetails: "1",
      "accept-language": "ko",
    });
    expect(request?.headers["user-agent"]).toBe("honjok (+https://honjok.example)");
  });

  it("labels a house address by its area and keeps it as coarsely as a home", async () => {
    const { geocoder } = nominatimGeocoder();
    expect(await geocoder.find("월드컵로 12길 34")).toMatchObject({
      label: "마포구 망원동",
      precision: HOME_AREA_PRECISION_METRES,
    });
  });

  it("answers nothing found, and nothing when the server fails", async () => {
    const { geocoder, outcomes } = nominatimGeocoder();
    expect(await geocoder.find("없는곳공원")).toBeUndefined();
    nominatim.fail({ status: 503, body: { error: "overloaded" } });
    expect(await geocoder.find("홍대입구역")).toBeUndefined();
    expect(outcomes()).toEqual(["not-found", "refused"]);
  });

  it("does not take a Kakao answer kept for the same words as its own", async () => {
    await kakaoGeocoder().geocoder.find("망원한강공원");
    const { geocoder, outcomes } = nominatimGeocoder();
    await geocoder.find("망원한강공원");
    expect(outcomes()).toEqual(["found"]);
    expect(nominatim.requests).toHaveLength(1);
  });
});
