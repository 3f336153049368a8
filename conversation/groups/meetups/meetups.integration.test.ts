import { describe, expect, it } from "vitest";
import { actions } from "../../../core/actions/table.js";
import { groupWith } from "../../../core/groups/meetups/test-meetups.js";
import type { NotificationButton } from "../../../core/notifications/types.js";
import { renderText } from "../../../i18n/render.js";
import { createTranslator } from "../../../i18n/translator.js";
import type { Input } from "../../dispatcher.js";
import { buttonData, dispatcherForTests, type Outcome } from "../../test-dispatcher.js";

// The meetup commands through the real dispatcher:
// plan one step by step, answer from the notification, wait in line, get promoted, check in, cancel.

/** Saturday 21 November 2026, 22:00 in Seoul; tests move it. */
let clock = new Date("2026-11-21T13:00:00Z");

const test = dispatcherForTests({ clock: () => clock });

const translator = createTranslator();
const person = (id: string) => ({
  platform: "telegram" as const,
  externalId: id,
  chatId: id,
  displayName: `이웃${id}`,
});
const keys = (outcome: Outcome) => outcome.replies.map((reply) => reply.text.key);
const send = (who: string, input: Input) => test().dispatcher.handle(person(who), input);
const press = (who: string, outcome: Outcome, labelKey: string) =>
  send(who, { kind: "button", data: buttonData(outcome, labelKey) });
const type = (who: string, text: string) => send(who, { kind: "text", text });

/** The data of a button under the person's latest notification of `messageKey`. */
async function notificationButton(userId: string, messageKey: string, labelKey: string) {
  const row = await test().database.db.notification.findFirstOrThrow({
    where: { userId, messageKey },
    orderBy: { createdAt: "desc" },
  });
  const button = ((row.buttons ?? []) as NotificationButton[][]).flat().find((b) => b.label.key === labelKey);
  if (!button) throw new Error(`no ${labelKey} under ${messageKey}`);
  return button.action;
}

describe("meetup commands", () => {
  it("plan a meetup, fill it, promote from the waitlist, check in and cancel", async () => {
    const [host, first, second] = await Promise.all(
      ["701", "702", "703"].map(async (id) => (await send(id, { kind: "command", name: "meetups" })).profile),
    );
    if (!host || !first || !second) throw new Error("people missing");
    await groupWith(test().database.db, host, [
      { profile: first, role: "member" },
      { profile: second, role: "member" },
    ]);

    const mine = await send("701", { kind: "command", name: "meetups" });
    expect(keys(mine)).toEqual(["meetups-mine-empty"]);
    const pick = await press("701", mine, "button-new-meetup");
    expect(keys(pick)).toEqual(["meetup-new-pick"]);
    expect(keys(await press("701", pick, "button-meetup-in-group"))).toEqual(["ask-meetup-title"]);
    expect(keys(await type("701", "한강 저녁 러닝"))).toEqual(["ask-meetup-when"]);
    // A time that cannot be read, or is past, is refused at its own question, not after the rest.
    expect(keys(await type("701", "언젠가"))).toEqual(["error-meetup-time-unreadable", "ask-meetup-when"]);
    expect(keys(await type("701", "오늘 10시"))).toEqual(["error-meetup-in-past", "ask-meetup-when"]);
    expect(keys(await type("701", "토요일 19:00~18:00"))).toEqual([
      "error-meetup-ends-before-start",
      "ask-meetup-when",
    ]);
    expect(keys(await type("701", "토요일 오후 3시"))).toEqual(["ask-meetup-place"]);
    expect(keys(await type("701", "37.5556, 126.8956 망원한강공원"))).toEqual(["ask-meetup-capacity"]);
    expect(keys(await type("701", "2명"))).toEqual(["ask-meetup-cost"]);
    const recurrence = await send("701", { kind: "button", data: "s|cost" });
    expect(keys(recurrence)).toEqual(["ask-recurrence"]);
    const created = await press("701", recurrence, "recurrence-none");
    expect(keys(created)).toEqual(["meetup-created", "meetup-card-members"]);
    const card = created.replies[1];
    expect(card?.place).toMatchObject({ label: "망원한강공원", lat: 37.5556 });
    const shownCard = renderText(translator, "ko", card?.text ?? { key: "" });
    expect(shownCard).toContain("11/28(토) 15:00~17:00");
    expect(shownCard).toContain("1/2명 참석: 이웃701");

    const going = await send("702", {
      kind: "button",
      data: await notificationButton(first.userId, "notify-meetup-new", "button-rsvp-going"),
    });
    expect(keys(going)).toEqual(["rsvp-going"]);
    const waiting = await send("703", {
      kind: "button",
      data: await notificationButton(second.userId, "notify-meetup-new", "button-rsvp-going"),
    });
    expect(waiting.replies[0]?.text).toMatchObject({ key: "rsvp-waitlisted", params: { position: 1 } });
    const changedMind = await send("702", {
      kind: "button",
      data: await notificationButton(first.userId, "notify-meetup-new", "button-rsvp-declined"),
    });
    expect(keys(changedMind)).toEqual(["rsvp-declined"]);
    expect(await notificationButton(second.userId, "notify-meetup-promoted", "button-meetup-card")).toMatch(
      /^c\|meetup_card\|m=/,
    );

    clock = new Date("2026-11-28T06:10:00Z"); // 15:10 in Seoul, during the meetup
    const hostCard = await send("701", { kind: "button", data: buttonData(going, "button-meetup-card") });
    const shown = await press("701", hostCard, "button-checkin");
    expect(keys(shown)).toEqual(["checkin-code-shown"]);
    const code = String(shown.replies[0]?.text.params?.code);
    const attendeeCard = await send("703", { kind: "button", data: buttonData(going, "button-meetup-card") });
    const how = await press("703", attendeeCard, "button-checkin");
    expect(keys(how)).toEqual(["checkin-how"]);
    expect(keys(await press("703", how, "button-checkin-code"))).toEqual(["ask-checkin-code"]);
    const wrong = await type("703", code === "000000" ? "000001" : "000000");
    expect(wrong.replies[0]?.text).toMatchObject({ key: "error-checkin-code-wrong", params: { left: 4 } });
    expect(keys(wrong)[1]).toBe("ask-checkin-code");
    expect(keys(await type("703", code))).toEqual(["checkin-done"]);

    clock = new Date("2026-11-28T05:00:00Z");
    const cancel = await press("701", hostCard, "button-meetup-cancel");
    expect(keys(cancel)).toEqual(["meetup-cancel-confirm", "ask-group-confirm"]);
    expect(keys(await send("701", { kind: "button", data: "a|confirm|yes" }))).toEqual([
      "meetup-cancel-done",
    ]);
    const late = await send("702", {
      kind: "button",
      data: await notificationButton(first.userId, "notify-meetup-new", "button-rsvp-going"),
    });
    expect(keys(late)).toEqual(["error-meetup-cancelled"]);
  });

  it("offer planning only in groups one moderates, and refuse a group's list to outsiders", async () => {
    const member = (await send("801", { kind: "command", name: "meetups" })).profile;
    const owner = (await send("802", { kind: "command", name: "meetups" })).profile;
    const groupId = await groupWith(test().database.db, owner, [{ profile: member, role: "member" }]);
    expect(keys(await send("801", { kind: "command", name: "meetup_new" }))).toEqual([
      "meetup-new-no-groups",
    ]);
    const groupList = { kind: "button" as const, data: actions.meetups({ groupId }) };
    const fromGroup = await send("802", groupList);
    expect(keys(fromGroup)).toEqual(["meetups-group-empty"]);
    expect(buttonData(fromGroup, "button-new-meetup")).toBe(actions.meetup({ groupId }));
    const stranger = await send("803", groupList);
    expect(keys(stranger)).toEqual(["error-group-not-member"]);
  });
});
