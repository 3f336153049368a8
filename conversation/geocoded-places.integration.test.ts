import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGeocoder } from "../core/places/geocoder/geocoder.js";
import { kakaoProvider } from "../core/places/geocoder/kakao.js";
import { FAKE_KAKAO_KEY, startFakeKakao } from "../test/fake-geocoders/kakao.js";
import type { FakeService } from "../test/fake-geocoders/server.js";
import { buttonData, createDispatcherTestContext, type DispatcherTestContext } from "./test-dispatcher.js";

// Place questions answered with a landmark the offline gazetteer does not know, read through a
// fake Kakao Local over HTTP, as a person would type them.

let kakao: FakeService;
let test: DispatcherTestContext;
const TIMEOUT_MS = 300;

beforeAll(async () => {
  kakao = await startFakeKakao();
  test = await createDispatcherTestContext({
    geocoder: ({ db }) =>
      createGeocoder({
        db,
        provider: kakaoProvider({ apiKey: FAKE_KAKAO_KEY, apiRoot: kakao.url }),
        timeoutMs: TIMEOUT_MS,
      }),
  });
});

afterAll(async () => {
  await Promise.all([test?.cleanup(), kakao?.close()]);
});

const keys = (outcome: { replies: { text: { key: string } }[] }) =>
  outcome.replies.map((reply) => reply.text.key);

async function lastSearchOf(externalId: string) {
  return test.database.db.marketSearch.findFirstOrThrow({
    where: { user: { accounts: { some: { externalId } } } },
    orderBy: { createdAt: "desc" },
  });
}

describe("a place question answered with a landmark", () => {
  it("searches the market around 망원한강공원, found through Kakao, sending only the words", async () => {
    const hana = { platform: "telegram" as const, externalId: "7001", chatId: "7001", displayName: "하나" };
    const asked = await test.dispatcher.handle(hana, { kind: "command", name: "market" });
    expect(keys(asked)).toEqual(["ask-search-place"]);
    const found = await test.dispatcher.handle(hana, { kind: "text", text: "망원한강공원" });
    expect(keys(found)).toEqual(["market-results-empty"]);
    const search = await lastSearchOf("7001");
    expect(Math.abs(search.lat - 37.5551)).toBeLessThan(0.002);
    expect(Math.abs(search.lng - 126.896)).toBeLessThan(0.002);
    const request = kakao.requests.at(-1);
    expect(request?.query).toEqual({ query: "망원한강공원", size: "1" });
    // Neither the person's id, chat nor name went out with the words.
    expect(JSON.stringify(request)).not.toMatch(/7001|하나/u);
  });

  it("reads a landmark given as a slash-command option, in English", async () => {
    const sam = {
      platform: "discord" as const,
      externalId: "7002",
      chatId: "7002",
      displayName: "Sam",
      language: "en-US",
    };
    const found = await test.dispatcher.handle(sam, {
      kind: "command",
      name: "market",
      options: { place: "Mangwon Hangang Park" },
    });
    expect(found.language).toBe("en");
    expect(keys(found)).toEqual(["market-results-empty"]);
    expect(Math.abs((await lastSearchOf("7002")).lat - 37.5551)).toBeLessThan(0.002);
  });

  it("keeps a home area given as a landmark as coarse as any home area", async () => {
    const mina = { platform: "telegram" as const, externalId: "7003", chatId: "7003", displayName: "미나" };
    const first = await test.dispatcher.handle(mina, { kind: "command", name: "start" });
    await test.dispatcher.handle(mina, { kind: "button", data: buttonData(first, "language-ko") });
    const area = await test.dispatcher.handle(mina, { kind: "text", text: "홍대입구역" });
    expect(keys(area)).toEqual(["ask-interests"]);
    const done = await test.dispatcher.handle(mina, { kind: "text", text: "요리" });
    expect(done.profile.homeArea).toMatchObject({ precision: 500 });
    expect(done.profile.homeArea?.lat).not.toBe(37.557527);
  });

  it("answers at once from the gazetteer when Kakao holds its answer: the unknown name is refused with why", async () => {
    const jun = { platform: "telegram" as const, externalId: "7004", chatId: "7004", displayName: "준" };
    await test.dispatcher.handle(jun, { kind: "command", name: "market" });
    kakao.hold(5_000);
    const started = performance.now();
    const refused = await test.dispatcher.handle(jun, { kind: "text", text: "연남동 경의선숲길" });
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 700);
    expect(keys(refused)).toEqual(["error-place-unknown-no-match", "ask-search-place"]);
    // The gazetteer still reads what it knows, with nothing sent.
    const sent = kakao.requests.length;
    expect(keys(await test.dispatcher.handle(jun, { kind: "text", text: "마포구" }))).toEqual([
      "market-results-empty",
    ]);
    expect(kakao.requests).toHaveLength(sent);
  });
});
