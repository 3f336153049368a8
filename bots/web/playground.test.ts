import { describe, expect, it } from "vitest";
import { playgroundEnabled } from "./playground.js";

describe("playgroundEnabled", () => {
  it("is on when no messenger token is set, so a fresh checkout shows the product", () => {
    expect(playgroundEnabled({})).toBe(true);
  });

  it("is off once a messenger runs, unless PLAYGROUND=1", () => {
    expect(playgroundEnabled({ TELEGRAM_BOT_TOKEN: "123:abc" })).toBe(false);
    expect(playgroundEnabled({ DISCORD_TOKEN: "x".repeat(30) })).toBe(false);
    expect(playgroundEnabled({ TELEGRAM_BOT_TOKEN: "123:abc", PLAYGROUND: "1" })).toBe(true);
  });

  it("is always off with PLAYGROUND=0", () => {
    expect(playgroundEnabled({ PLAYGROUND: "0" })).toBe(false);
    expect(playgroundEnabled({ PLAYGROUND: "0", DISCORD_TOKEN: "x".repeat(30) })).toBe(false);
  });
});
