import { describe, expect, it } from "vitest";
import { actions } from "../../core/actions/table.js";
import { findFeedOwner } from "../../core/groups/calendar/queries.js";
import { testPii } from "../../test/pii.js";
import type { Input } from "../dispatcher.js";
import { buttonData, dispatcherForTests, type Identity, type Outcome } from "../test-dispatcher.js";

// /calendar through the real dispatcher: the private address, and a reset that asks first.

const PUBLIC_URL = "https://honjok.example/app";

const test = dispatcherForTests({ publicUrl: PUBLIC_URL });

let nextId = 7001;
function telegramPerson(): Identity {
  const id = String(nextId++);
  return { platform: "telegram", externalId: id, chatId: id };
}

const inPrivate = (identity: Identity): Input["chat"] => ({
  id: identity.externalId,
  kind: "private",
  canManage: false,
});
const inGroup: Input["chat"] = { id: "-100123", kind: "group", canManage: false };

const keys = (outcome: Outcome) => outcome.replies.map((reply) => reply.text.key);

/** The token in the address the outcome shows, after checking the address has the feed's shape. */
function shownToken(outcome: Outcome): string {
  const url = outcome.replies.find((reply) => reply.text.key === "calendar-feed")?.text.params?.url;
  const match = new RegExp(`^${PUBLIC_URL.replaceAll(".", "\\.")}/calendar/([A-Za-z0-9_-]{43})\\.ics$`).exec(
    String(url),
  );
  if (!match?.[1]) throw new Error(`no feed address in ${JSON.stringify(outcome.replies)}`);
  return match[1];
}

describe("/calendar", () => {
  it("shows the same private address each time, one that opens the person's feed", async () => {
    const person = telegramPerson();
    const first = await test().dispatcher.handle(person, {
      kind: "command",
      name: "calendar",
      chat: inPrivate(person),
    });
    expect(keys(first)).toEqual(["calendar-feed"]);
    const token = shownToken(first);
    expect(await findFeedOwner(test().database.db, testPii, token)).toBe(first.profile.userId);
    const again = await test().dispatcher.handle(person, {
      kind: "command",
      name: "calendar",
      chat: inPrivate(person),
    });
    expect(shownToken(again)).toBe(token);
    expect(buttonData(again, "button-calendar-reset")).toBe(actions.calendarReset());
  });

  it("makes a new address only after the person confirms, and the old one stops working", async () => {
    const person = telegramPerson();
    const chat = inPrivate(person);
    const shown = await test().dispatcher.handle(person, { kind: "command", name: "calendar", chat });
    const old = shownToken(shown);

    const asked = await test().dispatcher.handle(person, {
      kind: "button",
      data: buttonData(shown, "button-calendar-reset"),
      chat,
    });
    expect(keys(asked)).toEqual(["calendar-reset-confirm"]);
    expect(await findFeedOwner(test().database.db, testPii, old)).toBe(shown.profile.userId);

    const done = await test().dispatcher.handle(person, {
      kind: "button",
      data: buttonData(asked, "button-calendar-reset-sure"),
      chat,
    });
    expect(keys(done)).toEqual(["calendar-reset-done", "calendar-feed"]);
    const fresh = shownToken(done);
    expect(fresh).not.toBe(old);
    expect(await findFeedOwner(test().database.db, testPii, old)).toBeUndefined();
    expect(await findFeedOwner(test().database.db, testPii, fresh)).toBe(shown.profile.userId);
  });

  it("never shows or changes the address in a Telegram group, where everyone reads the answer", async () => {
    const person = telegramPerson();
    const shown = await test().dispatcher.handle(person, {
      kind: "command",
      name: "calendar",
      chat: inPrivate(person),
    });
    const token = shownToken(shown);
    const inTheGroup = await test().dispatcher.handle(person, {
      kind: "command",
      name: "calendar",
      chat: inGroup,
    });
    expect(inTheGroup.replies).toEqual([{ text: { key: "error-private-chat-only" } }]);
    const reset = await test().dispatcher.handle(person, {
      kind: "button",
      data: actions.calendarReset({ sure: true }),
      chat: inGroup,
    });
    expect(keys(reset)).toEqual(["error-private-chat-only"]);
    expect(await findFeedOwner(test().database.db, testPii, token)).toBe(shown.profile.userId);

    const newcomer = telegramPerson();
    const refused = await test().dispatcher.handle(newcomer, {
      kind: "command",
      name: "calendar",
      chat: inGroup,
    });
    expect(keys(refused)).toEqual(["error-private-chat-only"]);
    expect(await test().database.db.calendarFeed.count({ where: { userId: refused.profile.userId } })).toBe(
      0,
    );
  });

  it("shows the address in a Discord server channel, where the answer is ephemeral", async () => {
    const person: Identity = { platform: "discord", externalId: "880001", chatId: "880001" };
    // The Discord adapter says so: its answers in a server are ephemeral (bots/discord/respond.ts).
    const input = { kind: "command", name: "calendar", chat: inGroup, readBy: "person" } as const;
    const outcome = await test().dispatcher.handle(person, input);
    expect(await findFeedOwner(test().database.db, testPii, shownToken(outcome))).toBe(
      outcome.profile.userId,
    );
  });
});
