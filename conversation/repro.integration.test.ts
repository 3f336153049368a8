import { describe, expect, it } from "vitest";
import { buttonData, dispatcherForTests, privateChatPerson } from "./test-dispatcher.js";

// The dialogs that once ended in "something went wrong" (issue 11's reproductions), each now a
// reason and the same question again, in Korean and in English.

const test = dispatcherForTests();

let next = 0;
function person(language: "ko" | "en") {
  next += 1;
  return privateChatPerson(test().dispatcher, String(610_000 + next), language);
}

describe.each(["ko", "en"] as const)("in %s", (language) => {
  it("/market, then a place the gazetteer does not know", async () => {
    const send = person(language);
    expect((await send({ kind: "command", name: "market" })).keys).toEqual(["ask-search-place"]);
    const refused = await send({ kind: "text", text: "Narnia" });
    expect(refused.keys).toEqual(["error-place-unknown-no-match", "ask-search-place"]);
    expect(refused.texts[0]).not.toContain("혹시: -");
    expect(refused.texts[0]).toContain(language === "ko" ? "마포구" : "Mapo-gu");
  });

  it("/groups ko, then an empty text", async () => {
    const send = person(language);
    expect((await send({ kind: "command", name: "groups", text: "ko" })).keys).toEqual(["ask-search-place"]);
    expect((await send({ kind: "text", text: "\u200B " })).keys).toEqual([
      "error-empty-answer",
      "ask-search-place",
    ]);
  });

  it("/verify → e-mail → an address → abc", async () => {
    const send = person(language);
    const ways = await send({ kind: "command", name: "verify" });
    await send({ kind: "button", data: buttonData(ways.outcome, "button-verify-email") });
    expect((await send({ kind: "text", text: `hana${next}@example.com` })).keys).toEqual([
      "verify-code-sent",
      "ask-email-code",
    ]);
    expect((await send({ kind: "text", text: "abc" })).keys).toEqual([
      "error-verify-code-format",
      "ask-email-code",
    ]);
  });

  it("/tip → product → category → stars → review → one photo → hello", async () => {
    const send = person(language);
    await send({ kind: "command", name: "tip" });
    await send({ kind: "text", text: "다이소 수납함" });
    await send({ kind: "button", data: "a|category|household" });
    await send({ kind: "button", data: "a|rating|5" });
    await send({ kind: "text", text: "좁은 방에 딱이에요" });
    expect((await send({ kind: "photo", photo: { platform: "telegram", ref: "file-1" } })).keys).toEqual([
      "photo-received",
    ]);
    expect((await send({ kind: "text", text: "hello" })).keys).toEqual([
      "error-photo-expected",
      "ask-tip-photo",
    ]);
  });

  it("a bio with a NUL is stored without it", async () => {
    const send = person(language);
    await send({ kind: "command", name: "profile_bio" });
    const saved = await send({ kind: "text", text: "hi\u0000there" });
    expect(saved.outcome.profile.bio).toBe("hithere");
  });

  it("a price below zero says so", async () => {
    const send = person(language);
    await send({ kind: "command", name: "sell" });
    await send({ kind: "text", text: "원목의자" });
    await send({ kind: "button", data: "s|description" });
    const refused = await send({ kind: "text", text: "-15000" });
    expect(refused.keys).toEqual(["error-price-negative", "ask-price"]);
    expect(refused.texts[0]).toContain(language === "ko" ? "0원보다 작을 수 없어요" : "can't be negative");
  });
});
