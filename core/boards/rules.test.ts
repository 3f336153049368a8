import { describe, expect, it } from "vitest";
import { cardIsBehind } from "./rules.js";

describe("cardIsBehind", () => {
  it("posts only listed items, and edits a card once per version it has not shown", () => {
    expect(cardIsBehind({ version: 1, listed: true }, { post: undefined })).toBe(true);
    expect(cardIsBehind({ version: 3, listed: false }, { post: undefined })).toBe(false);
    expect(cardIsBehind({ version: 3, listed: false }, { post: { version: 2, messageId: "m" } })).toBe(true);
    expect(cardIsBehind({ version: 3, listed: true }, { post: { version: 3, messageId: "m" } })).toBe(false);
  });
});
