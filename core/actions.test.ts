import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  commandAction,
  decodeAction,
  decodeStartPayload,
  encodeAction,
  encodeStartPayload,
  fromShortId,
  MAX_ACTION_BYTES,
  shortId,
} from "./actions.js";

describe("button actions", () => {
  it("round-trip commands, answers and skips", () => {
    for (const action of [
      { type: "command", command: "settings", args: { language: "en" } },
      { type: "answer", field: "language", value: "ko" },
      { type: "skip", field: "area" },
    ] as const) {
      expect(decodeAction(encodeAction(action))).toEqual(action);
    }
  });

  it("refuse data that would not fit a Telegram button", () => {
    expect(() =>
      encodeAction({ type: "command", command: "settings", args: { x: "y".repeat(60) } }),
    ).toThrow();
  });

  it("read anything else as unknown", () => {
    for (const data of ["", "x|y|z", "c|", "a|field", "🙂"]) expect(decodeAction(data)).toBeUndefined();
  });
});

describe("short ids", () => {
  const uuid = "123e4567-e89b-42d3-a456-426614174000";

  it("round-trip any UUID in 22 URL-safe characters", () => {
    for (const id of [
      uuid,
      "00000000-0000-0000-0000-000000000000",
      ...Array.from({ length: 50 }, randomUUID),
    ]) {
      const short = shortId(id);
      expect(short).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(fromShortId(short)).toBe(id);
    }
  });

  it("let two ids fit in one button", () => {
    const data = commandAction("reserve", { i: shortId(randomUUID()), u: shortId(randomUUID()) });
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_ACTION_BYTES);
  });

  it("read tampered or foreign data as nothing", () => {
    const short = shortId(uuid);
    // The last character carries two unused bits: another spelling of the same bytes is not ours.
    const respelled = `${short.slice(0, 21)}${short.endsWith("A") ? "B" : "A"}`;
    for (const data of [
      "",
      uuid,
      short.slice(1),
      `${short}A`,
      `${short.slice(0, 21)}+`,
      `${short.slice(0, 21)}=`,
      respelled,
    ]) {
      expect(fromShortId(data), data).toBeUndefined();
    }
  });
});

describe("start links", () => {
  it("carry an item button in Telegram's start parameter and back", () => {
    const action = commandAction("item", { i: shortId(randomUUID()) });
    const payload = encodeStartPayload(action);
    expect(payload).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(decodeStartPayload(payload)).toBe(action);
  });

  it("read a plain start parameter, an answer button or tampering as nothing", () => {
    const answer = encodeStartPayload(encodeAction({ type: "answer", field: "language", value: "ko" }));
    for (const payload of ["", "hello", "c|item|i=x", answer, "x".repeat(65)]) {
      expect(decodeStartPayload(payload), payload).toBeUndefined();
    }
  });

  it("refuse a button too long for a start parameter", () => {
    expect(() => encodeStartPayload(commandAction("item", { i: "x".repeat(50) }))).toThrow();
  });
});
