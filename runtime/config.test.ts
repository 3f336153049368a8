import { describe, expect, it } from "vitest";
import { baseConfig, ConfigError, DEFAULT_PUBLIC_URL, loadConfig, telegramConfig } from "./config.js";

describe("loadConfig", () => {
  it("fills defaults and treats blank variables as unset", () => {
    const config = loadConfig(baseConfig, { DATABASE_URL: "", LOG_LEVEL: "debug" });
    expect(config).toMatchObject({ LOG_LEVEL: "debug", DATA_DIR: ".data", QUEUE_PREFIX: "honjok" });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig(baseConfig, { DATABASE_URL: "not a url" })).toThrow(ConfigError);
    expect(() => loadConfig(baseConfig, { DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });

  it("takes PUBLIC_URL without its trailing slash, defaults it to this machine and refuses a non-web one", () => {
    expect(loadConfig(baseConfig, { PUBLIC_URL: "https://honjok.example/app/" }).PUBLIC_URL).toBe(
      "https://honjok.example/app",
    );
    expect(loadConfig(baseConfig, {}).PUBLIC_URL).toBe(DEFAULT_PUBLIC_URL);
    expect(() => loadConfig(baseConfig, { PUBLIC_URL: "ftp://honjok.example" })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig(baseConfig, { PUBLIC_URL: "honjok.example" })).toThrow(/PUBLIC_URL/);
  });

  it("requires a webhook secret with a webhook URL", () => {
    const env = {
      TELEGRAM_BOT_TOKEN: "123:abc",
      TELEGRAM_WEBHOOK_URL: "https://example.org/telegram/webhook",
    };
    expect(() => loadConfig(telegramConfig, env)).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(
      loadConfig(telegramConfig, { ...env, TELEGRAM_WEBHOOK_SECRET: "s".repeat(32) }).TELEGRAM_WEBHOOK_URL,
    ).toBe(env.TELEGRAM_WEBHOOK_URL);
  });

  it("requires the Jitsi app secret with a Jitsi domain, and generates none then", () => {
    expect(() => loadConfig(baseConfig, { JITSI_DOMAIN: "meet.example.kr" })).toThrow(
      /JITSI_APP_SECRET: required with JITSI_DOMAIN/,
    );
    const secret = "s".repeat(32);
    expect(
      loadConfig(baseConfig, { JITSI_DOMAIN: "meet.example.kr", JITSI_APP_SECRET: secret }),
    ).toMatchObject({
      JITSI_APP_SECRET: secret,
    });
  });

  it("reads VIDEO_CHECK_OPERATORS as accounts and refuses one without its messenger", () => {
    expect(
      loadConfig(baseConfig, { VIDEO_CHECK_OPERATORS: "telegram:12345, discord:678901234567890123" })
        .VIDEO_CHECK_OPERATORS,
    ).toEqual([
      { platform: "telegram", externalId: "12345" },
      { platform: "discord", externalId: "678901234567890123" },
    ]);
    expect(loadConfig(baseConfig, {}).VIDEO_CHECK_OPERATORS).toEqual([]);
    expect(() => loadConfig(baseConfig, { VIDEO_CHECK_OPERATORS: "12345" })).toThrow(/VIDEO_CHECK_OPERATORS/);
  });

  it("lays CARPOOL_SETTINGS over the carpool defaults and refuses a misspelt one", () => {
    const settings = loadConfig(baseConfig, {
      CARPOOL_SETTINGS: '{"originRadiusM":800,"fare":{"baseFareKrw":5000}}',
    }).CARPOOL_SETTINGS;
    expect(settings.originRadiusM).toBe(800);
    expect(settings.fare.baseFareKrw).toBe(5000);
    expect(settings.fare.stepFareKrw).toBe(100);
    expect(loadConfig(baseConfig, {}).CARPOOL_SETTINGS.proposalTtlMin).toBe(10);
    expect(() => loadConfig(baseConfig, { CARPOOL_SETTINGS: '{"originRadius":800}' })).toThrow(
      /CARPOOL_SETTINGS/,
    );
    expect(() => loadConfig(baseConfig, { CARPOOL_SETTINGS: "{" })).toThrow(/CARPOOL_SETTINGS/);
  });
});
