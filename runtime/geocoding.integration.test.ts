import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAppContext, type TestAppContext } from "../test/app-context.js";
import { FAKE_KAKAO_KEY, startFakeKakao } from "../test/fake-geocoders/kakao.js";
import type { FakeService } from "../test/fake-geocoders/server.js";
import { capturingLogger } from "../test/logger.js";
import { baseConfig, loadConfig } from "./config.js";
import type { AppContext } from "./context.js";
import { geocodingFrom } from "./geocoding.js";

// The geocoder as a process wires it from its environment: KAKAO_REST_API_KEY and KAKAO_API_ROOT
// pointing at the fake Kakao, every lookup logged and counted by service and outcome, never words.

let kakao: FakeService;
let test: TestAppContext;
let ctx: AppContext;
const { logger, lines, records } = capturingLogger();

beforeAll(async () => {
  kakao = await startFakeKakao();
  const config = loadConfig(baseConfig, { KAKAO_REST_API_KEY: FAKE_KAKAO_KEY, KAKAO_API_ROOT: kakao.url });
  const geocoding = geocodingFrom(config);
  test = await createTestAppContext(logger, geocoding ? { geocoding } : {});
  ({ ctx } = test);
});

afterAll(async () => {
  await Promise.all([kakao?.close(), test?.cleanup()]);
});

const person = { platform: "telegram" as const, externalId: "8001", chatId: "8001", displayName: "하나" };

describe("the geocoder of a process", () => {
  it("reads a landmark through Kakao and logs and counts the lookup without its words", async () => {
    await ctx.dispatcher.handle(person, { kind: "command", name: "market" });
    const found = await ctx.dispatcher.handle(person, { kind: "text", text: "망원한강공원" });
    expect(found.replies[0]?.text.key).toBe("market-results-empty");
    kakao.fail({ status: 500, body: { errorType: "InternalServerError" } });
    await ctx.dispatcher.handle(person, { kind: "command", name: "market" });
    await ctx.dispatcher.handle(person, { kind: "text", text: "홍대입구역" });

    const lookups = records.filter((record) => record.msg === "geocoder lookup");
    expect(lookups.map((record) => [record.level, (record.geocoder as { outcome: string }).outcome])).toEqual(
      [
        [20, "found"],
        [40, "refused"],
      ],
    );
    expect(lines.join("\n")).not.toMatch(/망원한강공원|홍대입구역/u);
    const counted = await ctx.metrics.geocoderLookups.get();
    expect(counted.values.map(({ labels, value }) => [labels.outcome, value])).toEqual(
      expect.arrayContaining([
        ["found", 1],
        ["refused", 1],
      ]),
    );
  });
});

describe("geocodingFrom", () => {
  const from = (env: Record<string, string>) => geocodingFrom(loadConfig(baseConfig, env))?.provider.name;

  it("takes Kakao when its key is set, else Nominatim when its server is, else none", () => {
    expect(from({ KAKAO_REST_API_KEY: FAKE_KAKAO_KEY, NOMINATIM_URL: "http://nominatim.internal" })).toBe(
      "kakao",
    );
    expect(from({ NOMINATIM_URL: "http://nominatim.internal" })).toBe("nominatim");
    expect(from({})).toBeUndefined();
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig(baseConfig, { KAKAO_REST_API_KEY: "KakaoAK abc" })).toThrow(/KAKAO_REST_API_KEY/);
    expect(() => loadConfig(baseConfig, { NOMINATIM_URL: "nominatim" })).toThrow(/NOMINATIM_URL/);
    expect(() => loadConfig(baseConfig, { GEOCODER_TIMEOUT_MS: "10" })).toThrow(/GEOCODER_TIMEOUT_MS/);
  });
});
