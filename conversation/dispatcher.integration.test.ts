import { describe, expect, it } from "vitest";
import { decodeAction } from "../core/actions/codec.js";
import { buttonData, dispatcherForTests } from "./test-dispatcher.js";

const test = dispatcherForTests();

const alice = { platform: "telegram" as const, externalId: "1001", chatId: "1001", displayName: "Alice" };

describe("onboarding through the dispatcher", () => {
  it("asks language, area and interests, then saves an approximate home area", async () => {
    const first = await test().dispatcher.handle(alice, { kind: "command", name: "start" });
    expect(first.replies[0]?.text.key).toBe("ask-language");
    expect(first.language).toBe("ko");

    const chosen = await test().dispatcher.handle(alice, {
      kind: "button",
      data: buttonData(first, "language-en"),
    });
    expect(chosen.replies[0]?.text.key).toBe("ask-area");
    expect(chosen.language).toBe("en");

    const wrongPlace = await test().dispatcher.handle(alice, { kind: "text", text: "somewhere" });
    expect(wrongPlace.replies.map((r) => r.text.key)).toEqual(["error-place-unknown-no-match", "ask-area"]);

    const area = await test().dispatcher.handle(alice, { kind: "text", text: "37.55634, 126.92231 Mangwon" });
    expect(area.replies[0]?.text.key).toBe("ask-interests");

    const done = await test().dispatcher.handle(alice, { kind: "text", text: "#Cooking, running, cooking" });
    expect(done.replies.map((r) => r.text.key)).toEqual(["start-done", "profile-card"]);
    expect(done.profile).toMatchObject({
      language: "en",
      interests: ["cooking", "running"],
      onboarded: true,
    });
    expect(done.profile.homeArea?.label).toBe("Mangwon");
    expect(done.profile.homeArea?.lat).not.toBe(37.55634);
    expect(Math.abs((done.profile.homeArea?.lat ?? 0) - 37.55634)).toBeLessThan(0.005);
  });

  it("answers a stale or forged button with help and changes nothing", async () => {
    const before = await test().database.db.user.count();
    const outcome = await test().dispatcher.handle(alice, { kind: "button", data: "a|language|fr" });
    expect(outcome.replies[0]?.text.key).toBe("stale-button");
    expect(outcome.replies[0]?.commands).toContain("start");
    expect(decodeAction("garbage")).toBeUndefined();
    expect(await test().database.db.user.count()).toBe(before);
  });
});

describe("bad input", () => {
  it("refuses oversized text whether or not a question is open, and changes nothing", async () => {
    const bob = { platform: "discord" as const, externalId: "2002", chatId: "2002" };
    await test().dispatcher.handle(bob, { kind: "command", name: "profile_bio" });
    const before = await test().database.db.user.findFirstOrThrow({
      where: { accounts: { some: { externalId: "2002" } } },
    });
    const inDialog = await test().dispatcher.handle(bob, { kind: "text", text: "가".repeat(5000) });
    expect(inDialog.replies.map((reply) => reply.text.key)).toEqual(["error-text-too-long", "ask-bio"]);
    await test().dispatcher.handle(bob, { kind: "command", name: "cancel" });
    const outside = await test().dispatcher.handle(bob, { kind: "text", text: "가".repeat(5000) });
    expect(outside.replies[0]?.text.key).toBe("error-text-too-long");
    const after = await test().database.db.user.findFirstOrThrow({ where: { id: before.id } });
    expect(after).toEqual(before);
  });

  it("answers an unknown command with help", async () => {
    const outcome = await test().dispatcher.handle(alice, { kind: "command", name: "nonsense" });
    expect(outcome.replies[0]).toMatchObject({
      text: { key: "unknown-command" },
      commands: expect.arrayContaining(["help"]),
    });
  });
});
