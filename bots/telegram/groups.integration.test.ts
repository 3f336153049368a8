import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { departureIn } from "../../test/departure.js";
import type { BotMessage } from "../../test/fake-telegram/chats.js";
import { answerTo, buttonData, isText, Person, startsWith } from "../../test/fake-telegram/person.js";
import { t } from "../../test/korean.js";
import { type EndToEnd, startEndToEnd } from "../../test/telegram-end-to-end.js";

// Hobby groups end to end over real HTTP: people on the emulated Telegram make a group, find and
// join it, and the host plans a meetup with room for two. The real workers deliver the new meetup
// with its RSVP buttons; one-tap answers fill it, the next person waits in line, a change of mind
// promotes them with a notification, and they check in with the code the host shows.

let e2e: EndToEnd;

beforeAll(async () => {
  e2e = await startEndToEnd({ tuning: { scanMs: 100, groups: { scanMs: 100 } } });
});

afterAll(async () => {
  await e2e?.stop();
});

const withButton = (label: string) => (message: BotMessage) =>
  message.reply_markup?.inline_keyboard?.flat().some((button) => button.text === label) ?? false;

/** Waits for a message with the button `label` and presses it. */
const tap = (person: Person, label: string, what: string) => person.pressOn(withButton(label), label, what);

async function userOf(telegramId: number) {
  const account = await e2e.test.database.db.account.findFirstOrThrow({
    where: { platform: "telegram", externalId: String(telegramId) },
  });
  return account.userId;
}

/** `/group`, answered step by step: an open group of runners in Mapo, no limit (and so no join question). */
async function createGroup(host: Person) {
  await host.command("/group");
  await answerTo(host, "ask-group-name", "망원 러닝 크루");
  await host.pressOn(isText("ask-group-category"), t("group-category-sports"), "category question");
  await answerTo(host, "ask-group-tags", "#러닝, 한강");
  await answerTo(host, "ask-group-area", "마포구");
  // After a place question, the buttons come in a message of their own (render.ts says why).
  await tap(host, t("group-policy-open"), "policy question");
  await answerTo(host, "ask-group-description", "주말 아침 한강에서 같이 달려요");
  // An open group is not asked for a join question: the limit is the last question.
  await host.pressOn(isText("ask-group-limit"), t("button-skip"), "limit question");
  return host.receive(withButton(t("button-group-meetups")), "the new group's card");
}

/** `/groups 러닝` from Mapo, then the first result's card and its join button. */
async function findAndJoin(person: Person) {
  await person.command("/groups 러닝");
  await answerTo(person, "ask-search-place", "마포구");
  await tap(person, t("button-group-number", { n: 1 }), "results");
  await tap(person, t("button-group-join"), "the group card");
  await person.receive(isText("group-joined"), "joined");
}

/** From `/meetups`, a meetup of the host's group about 20 minutes from now, with room for two. */
async function planMeetup(host: Person) {
  await host.command("/meetups");
  await tap(host, t("button-new-meetup"), "my meetups");
  await host.pressOn(isText("meetup-new-pick"), "망원 러닝 크루", "which group");
  await answerTo(host, "ask-meetup-title", "한강 저녁 러닝");
  await answerTo(host, "ask-meetup-when", departureIn(20));
  await answerTo(host, "ask-meetup-place", "37.5556, 126.8956 망원한강공원");
  await answerTo(host, "ask-meetup-capacity", "2");
  await host.pressOn(isText("ask-meetup-cost"), t("button-skip"), "cost question");
  await tap(host, t("recurrence-none"), "recurrence question");
  return host.receive(withButton(t("button-checkin")), "the host's meetup card");
}

describe("hobby groups on Telegram", () => {
  it("group → join → meetup → RSVP → waitlist → a cancel promotes the next → check-in", {
    timeout: 60_000,
  }, async () => {
    const { server } = e2e.emulator;
    const minji = new Person(server, 9501, "민지", "ko");
    const seojun = new Person(server, 9502, "서준", "ko");
    const hana = new Person(server, 9503, "하나", "ko");

    expect((await createGroup(minji))?.text).toContain("망원 러닝 크루");
    await findAndJoin(seojun);
    await findAndJoin(hana);
    const { db } = e2e.test.database;
    const group = await db.group.findFirstOrThrow({ where: { name: "망원 러닝 크루" } });
    expect(group.memberCount).toBe(3);

    const hostCard = await planMeetup(minji);
    const isNewMeetup = withButton(t("button-rsvp-going"));
    const [seojunNotice, hanaNotice] = await Promise.all([
      seojun.receive(isNewMeetup, "Seojun's new-meetup notification"),
      hana.receive(isNewMeetup, "Hana's new-meetup notification"),
    ]);
    expect(seojunNotice?.text).toContain("한강 저녁 러닝");

    // One tap in the notification itself: Seojun takes the last seat, Hana is first in line.
    await seojun.press(buttonData(seojunNotice, t("button-rsvp-going")));
    await seojun.receive(startsWith("'한강 저녁 러닝'에 참석으로"), "Seojun going");
    await hana.press(buttonData(hanaNotice, t("button-rsvp-going")));
    const waiting = await hana.receive(startsWith("'한강 저녁 러닝' 정원이 다 찼어요"), "Hana waitlisted");
    expect(waiting?.text).toContain("대기 1번째");
    const meetup = await db.meetup.findFirstOrThrow({ where: { title: "한강 저녁 러닝" } });
    expect(meetup.goingCount).toBe(2);

    // Seojun cannot go after all: his seat goes to Hana, who is told so.
    await seojun.press(buttonData(seojunNotice, t("button-rsvp-declined")));
    await seojun.receive(startsWith("'한강 저녁 러닝'에 불참으로"), "Seojun declined");
    const promoted = await hana.receive(startsWith("🎉 자리가 났어요!"), "Hana's promotion");
    const [hanaId, seojunId] = await Promise.all([userOf(9503), userOf(9502)]);
    const rsvps = await db.rsvp.findMany({ where: { meetupId: meetup.id } });
    expect(Object.fromEntries(rsvps.map((rsvp) => [rsvp.userId, rsvp.status]))).toMatchObject({
      [hanaId]: "going",
      [seojunId]: "declined",
    });

    // During the meetup's check-in window the host shows the code; Hana types it.
    await minji.press(buttonData(hostCard, t("button-checkin")));
    const shown = await minji.receive((message) => message.text.includes("출석 코드:"), "the code");
    const { checkInCode } = await db.meetup.findUniqueOrThrow({ where: { id: meetup.id } });
    if (!checkInCode) throw new Error("no check-in code was opened");
    expect(shown?.text).toContain(checkInCode);
    await hana.press(buttonData(promoted, t("button-meetup-card")));
    await tap(hana, t("button-checkin"), "Hana's meetup card");
    await tap(hana, t("button-checkin-code"), "how to check in");
    await answerTo(hana, "ask-checkin-code", checkInCode);
    await hana.receive(isText("checkin-done"), "checked in");
    const checkedIn = await db.rsvp.findUniqueOrThrow({
      where: { meetupId_userId: { meetupId: meetup.id, userId: hanaId } },
    });
    expect(checkedIn.checkedInAt).not.toBeNull();
  });
});
