import { describe, expect, it } from "vitest";
import { actions } from "../../core/actions/table.js";
import { cancelMeetup } from "../../core/groups/meetups/mutations.js";
import { groupWith } from "../../core/groups/meetups/test-meetups.js";
import type { Profile } from "../../core/identity/types.js";
import { renderText } from "../../i18n/render.js";
import { createTranslator } from "../../i18n/translator.js";
import { passInTestLink } from "../../test/room-links.js";
import type { Input } from "../dispatcher.js";
import type { Reply } from "../reply.js";
import { buttonData, dispatcherForTests, type Outcome } from "../test-dispatcher.js";

// /workout through the real dispatcher, in Korean and English: a member starts a room now and
// gets their own link; a moderator plans one weekly on 월수금; a member answers going and joins;
// a group gets its goal; and the link is refused for a workout cancelled, ended or never made.

/** Tuesday 1 December 2026, 12:00 in Seoul; tests move it. */
let clock = new Date("2026-12-01T03:00:00Z");

const test = dispatcherForTests({ clock: () => clock });

const translator = createTranslator();
const person = (id: string, language?: "en") => ({
  platform: "telegram" as const,
  externalId: id,
  chatId: id,
  displayName: `이웃${id}`,
  ...(language ? { language } : {}),
});
const english = new Set<string>();
const keys = (outcome: Outcome) => outcome.replies.map((reply) => reply.text.key);
const send = (who: string, input: Input) =>
  test().dispatcher.handle(person(who, english.has(who) ? "en" : undefined), {
    chat: { id: who, kind: "private", canManage: false },
    ...input,
  });
const press = (who: string, outcome: Outcome, labelKey: string) =>
  send(who, { kind: "button", data: buttonData(outcome, labelKey) });
const type = (who: string, text: string) => send(who, { kind: "text", text });
const shown = (outcome: Outcome, reply = outcome.replies.at(-1)) =>
  renderText(translator, outcome.language, (reply as Reply).text);

async function people(...ids: string[]): Promise<Profile[]> {
  return Promise.all(ids.map(async (id) => (await send(id, { kind: "command", name: "help" })).profile));
}

/** The link a reply carries, and the pass inside it. */
function linkIn(outcome: Outcome) {
  const link = outcome.replies.find((reply) => reply.link)?.link;
  if (!link) throw new Error(`no link in ${JSON.stringify(keys(outcome))}`);
  return { label: link.label.key, pass: passInTestLink(link.url) };
}

async function seatOf(userId: string) {
  return test().database.db.roomParticipant.findFirstOrThrow({ where: { userId } });
}

describe("/workout in Korean", () => {
  it("lets a member open a room now, hosting it, and hands them their own link", async () => {
    const [owner, member] = await people("501", "502");
    if (!owner || !member) throw new Error("people missing");
    const groupId = await groupWith(test().database.db, owner, [{ profile: member, role: "member" }]);

    const mode = await send("502", { kind: "command", name: "workout" });
    expect(keys(mode)).toEqual(["ask-workout-mode"]);
    const pick = await press("502", mode, "workout-mode-now");
    expect(keys(pick)).toEqual(["workout-pick-now"]);
    expect(keys(await press("502", pick, "button-meetup-in-group"))).toEqual(["ask-workout-kind"]);
    expect(keys(await send("502", { kind: "button", data: "a|kind|yoga" }))).toEqual(["ask-workout-title"]);
    expect(keys(await type("502", "점심 스트레칭"))).toEqual(["ask-workout-minutes"]);
    // Out of 10–180 minutes: the reason, and the same question again.
    const tooShort = await type("502", "5분");
    expect(keys(tooShort)).toEqual(["error-count-out-of-range", "ask-workout-minutes"]);
    expect(shown(tooShort, tooShort.replies[0])).toContain("10부터 180까지");
    expect(keys(await type("502", "20분"))).toEqual(["ask-meetup-capacity"]);
    const started = await send("502", { kind: "button", data: "s|capacity" });
    expect(keys(started)).toEqual(["workout-started", "workout-link"]);
    const { label, pass } = linkIn(started);
    expect(label).toBe("button-room-enter");
    expect(pass).toMatchObject({
      seatId: (await seatOf(member.userId)).id,
      moderator: true,
      displayName: "이웃502",
    });
    expect(shown(started)).toContain("방장 권한이 있어요");
    expect(shown(started)).toContain("개인 링크");

    // One room at a time: the second is refused once everything is asked, and nothing is made.
    await send("502", { kind: "button", data: actions.workoutNow({ groupId }) });
    await send("502", { kind: "button", data: "a|kind|home" });
    await type("502", "또 열기");
    await type("502", "30");
    const refused = await send("502", { kind: "button", data: "s|capacity" });
    expect(keys(refused)).toEqual(["error-workout-already-live"]);
    expect(await test().database.db.meetup.count({ where: { groupId } })).toBe(1);
  });

  it("lets a moderator plan 월수금 07:00 30분, and a member who answers going join with their own seat", async () => {
    const [owner, member, stranger] = await people("511", "512", "513");
    if (!owner || !member || !stranger) throw new Error("people missing");
    const groupId = await groupWith(test().database.db, owner, [{ profile: member, role: "member" }]);

    const notModerator = await send("512", { kind: "button", data: actions.workout() });
    expect(keys(await press("512", notModerator, "workout-mode-plan"))).toEqual([
      "workout-no-moderated-groups",
    ]);

    await send("511", { kind: "button", data: actions.workoutPlan({ groupId }) });
    await send("511", { kind: "button", data: "a|kind|home" });
    expect(keys(await type("511", "아침 홈트"))).toEqual(["ask-workout-when"]);
    expect(keys(await type("511", "언젠가"))).toEqual(["error-workout-time-unreadable", "ask-workout-when"]);
    expect(keys(await type("511", "월수금 07:00 500분"))).toEqual([
      "error-count-out-of-range",
      "ask-workout-when",
    ]);
    // The length came with the schedule: it is not asked again.
    expect(keys(await type("511", "월수금 07:00 30분"))).toEqual(["ask-meetup-capacity"]);
    const planned = await type("511", "8명");
    expect(keys(planned)).toEqual(["workout-planned", "meetup-card-members"]);
    const card = planned.replies[1];
    expect(card?.place).toBeUndefined();
    const cardText = shown(planned, card);
    expect(cardText).toContain("12/2(수) 07:00~07:30");
    expect(cardText).toContain("🏋️ 홈트 · 30분");
    expect(cardText).toContain("🎥 화상 방");
    const meetup = await test().database.db.meetup.findFirstOrThrow({
      where: { groupId },
      include: { series: true },
    });
    expect(meetup.series?.weekdays).toEqual([1, 3, 5]);

    const join = { kind: "button" as const, data: actions.workoutJoin({ meetupId: meetup.id }) };
    const notGoing = await send("512", join);
    expect(keys(notGoing)).toEqual(["error-room-not-going"]);
    const going = await press("512", notGoing, "button-rsvp-going");
    expect(keys(going)).toEqual(["rsvp-going"]);
    const joined = await press("512", going, "button-workout-join");
    expect(keys(joined)).toEqual(["workout-link"]);
    const { pass } = linkIn(joined);
    expect(pass).toMatchObject({ seatId: (await seatOf(member.userId)).id, moderator: false });
    expect(shown(joined)).toContain("로비에서 기다려요");

    expect(keys(await send("513", join))).toEqual(["error-group-not-member"]);
    // Pressed where everyone reads the answer, the button gives no link.
    const inGroup = await send("512", { ...join, chat: { id: "-100512", kind: "group", canManage: false } });
    expect(keys(inGroup)).toEqual(["error-private-chat-only"]);
    expect(inGroup.replies.some((reply) => reply.link)).toBe(false);
  });

  it("lets the host end the room for everyone from its card, once confirmed; then nobody gets a link", async () => {
    const [owner, member] = await people("531", "532");
    if (!owner || !member) throw new Error("people missing");
    const groupId = await groupWith(test().database.db, owner, [{ profile: member, role: "member" }]);
    await send("531", { kind: "button", data: actions.workoutNow({ groupId }) });
    await send("531", { kind: "button", data: "a|kind|strength" });
    await type("531", "근력 30분");
    await type("531", "30");
    await send("531", { kind: "button", data: "s|capacity" });
    const { id: meetupId } = await test().database.db.meetup.findFirstOrThrow({ where: { groupId } });
    const card = { kind: "button" as const, data: actions.meetupCard({ meetupId }) };
    const hostCard = await send("531", card);
    await send("532", { kind: "button", data: actions.rsvp({ meetupId, answer: "going" }) });
    const labels = (outcome: Outcome) =>
      outcome.replies
        .flatMap((reply) => reply.buttons ?? [])
        .flat()
        .map((b) => b.label.key);
    expect(labels(await send("532", card))).not.toContain("button-workout-end");

    const asked = await press("531", hostCard, "button-workout-end");
    expect(keys(asked)).toEqual(["workout-end-confirm", "ask-group-confirm"]);
    expect(keys(await press("531", asked, "group-confirm-no"))).toEqual(["group-kept"]);
    const again = await press("531", hostCard, "button-workout-end");
    expect(keys(await press("531", again, "group-confirm-yes"))).toEqual(["workout-end-done"]);
    const join = { kind: "button" as const, data: actions.workoutJoin({ meetupId }) };
    expect(keys(await send("532", join))).toEqual(["error-room-ended"]);
  });

  it("refuses the link for a workout cancelled, ended or never made", async () => {
    const [owner] = await people("521");
    if (!owner) throw new Error("people missing");
    const groupId = await groupWith(test().database.db, owner);
    await send("521", { kind: "button", data: actions.workoutPlan({ groupId }) });
    await send("521", { kind: "button", data: "a|kind|pilates" });
    await type("521", "필라테스");
    await type("521", "내일 20:00~20:50");
    await send("521", { kind: "button", data: "s|capacity" });
    const meetup = await test().database.db.meetup.findFirstOrThrow({ where: { groupId } });
    const join = { kind: "button" as const, data: actions.workoutJoin({ meetupId: meetup.id }) };
    expect(keys(await send("521", join))).toEqual(["workout-link"]);

    const saved = clock;
    clock = new Date(meetup.endAt.getTime() + 16 * 60_000);
    expect(keys(await send("521", join))).toEqual(["error-room-ended"]);
    clock = saved;
    await cancelMeetup(test().database.db, owner.userId, meetup.id, clock);
    expect(keys(await send("521", join))).toEqual(["error-meetup-cancelled"]);
    const nowhere = actions.workoutJoin({ meetupId: "9b2b7a34-64a4-4bb8-9a55-3c2f0c1d8e11" });
    expect(keys(await send("521", { kind: "button", data: nowhere }))).toEqual(["error-not-found"]);
  });

  it("lets the owner set the group's goal, shown on its card, and refuses words that are no goal", async () => {
    const [owner] = await people("531");
    if (!owner) throw new Error("people missing");
    const groupId = await groupWith(test().database.db, owner);
    await send("531", { kind: "button", data: actions.workoutGoal({ groupId }) });
    expect(keys(await type("531", "열심히"))).toEqual(["error-goal-unreadable", "ask-workout-goal"]);
    const set = await type("531", "주 3회");
    expect(keys(set)).toEqual(["workout-goal-set", "group-card"]);
    expect(shown(set)).toContain("🎯 목표: 주 3회");
  });
});

describe("/workout in English", () => {
  it("plans Mon Wed Fri 7:00 with the length asked, and shows the goal on the workout card", async () => {
    english.add("541");
    const [owner] = await people("541");
    if (!owner) throw new Error("people missing");
    const groupId = await groupWith(test().database.db, owner);
    await send("541", { kind: "button", data: actions.workoutGoal({ groupId }) });
    await type("541", "20 minutes every day");

    const mode = await send("541", { kind: "command", name: "workout" });
    const pick = await press("541", mode, "workout-mode-plan");
    expect(shown(pick)).toBe("Which group is the workout for?");
    await press("541", pick, "button-meetup-in-group");
    await send("541", { kind: "button", data: "a|kind|strength" });
    await type("541", "Morning strength");
    expect(keys(await type("541", "Mon Wed Fri 7:00"))).toEqual(["ask-workout-minutes"]);
    expect(keys(await type("541", "45 min"))).toEqual(["ask-meetup-capacity"]);
    const planned = await send("541", { kind: "button", data: "s|capacity" });
    expect(keys(planned)).toEqual(["workout-planned", "meetup-card-members"]);
    const cardText = shown(planned, planned.replies[1]);
    expect(cardText).toContain("🏋️ Strength · 45 min · 🎯 group goal every day, 20 minutes");
    expect(cardText).toContain("Video room");
    const joined = await press("541", planned, "button-workout-join");
    expect(shown(joined)).toContain("You run this room");
    expect(linkIn(joined).pass?.moderator).toBe(true);
  });
});
