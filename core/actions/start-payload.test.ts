import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { answerAction } from "./codec.js";
import { decodeStartPayload, encodeStartPayload } from "./start-payload.js";
import { actions } from "./table.js";

describe("start links", () => {
  it("carry an item button in Telegram's start parameter and back", () => {
    const action = actions.item({ itemId: randomUUID() });
    const payload = encodeStartPayload(action);
    expect(payload).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(decodeStartPayload(payload)).toBe(action);
  });

  it("read a plain start parameter, an answer button or tampering as nothing", () => {
    const answer = encodeStartPayload(answerAction("language", "ko"));
    for (const payload of ["", "hello", "c|item|i=x", answer, "x".repeat(65)]) {
      expect(decodeStartPayload(payload), payload).toBeUndefined();
    }
  });

  it("refuse a button too long for a start parameter", () => {
    const twoIds = actions.joinApprove({ groupId: randomUUID(), requesterId: randomUUID() });
    expect(() => encodeStartPayload(twoIds)).toThrow();
  });
});
