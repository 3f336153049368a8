import { describe, expect, it } from "vitest";
import { decodeAction, encodeAction } from "./actions.js";

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
