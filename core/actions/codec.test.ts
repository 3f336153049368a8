import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { answerAction, decodeAction, MAX_ACTION_BYTES, skipAction } from "./codec.js";
import { actions } from "./table.js";

describe("button actions", () => {
  it("round-trip commands, answers and skips", () => {
    expect(decodeAction(actions.settings({ language: "en" }))).toEqual({
      type: "command",
      command: "settings",
      args: { language: "en" },
    });
    expect(decodeAction(answerAction("language", "ko"))).toEqual({
      type: "answer",
      field: "language",
      value: "ko",
    });
    expect(decodeAction(skipAction("area"))).toEqual({ type: "skip", field: "area" });
  });

  it("refuse data that would not fit a Telegram button", () => {
    expect(() => actions.groups({ query: "가".repeat(20) })).toThrow();
    expect(() => answerAction("bio", "y".repeat(60))).toThrow();
  });

  it("let two ids fit in one button", () => {
    const data = actions.joinApprove({ groupId: randomUUID(), requesterId: randomUUID() });
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_ACTION_BYTES);
  });

  it("read anything else as unknown", () => {
    for (const data of ["", "x|y|z", "c|", "a|field", "🙂"]) expect(decodeAction(data)).toBeUndefined();
  });
});
