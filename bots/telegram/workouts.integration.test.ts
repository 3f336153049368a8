import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeStartPayload } from "../../core/actions/start-payload.js";
import { actions } from "../../core/actions/table.js";
import { groupWith } from "../../core/groups/meetups/test-meetups.js";
import { getProfile } from "../../core/identity/queries.js";
import { departureIn } from "../../test/departure.js";
import type { BotMessage } from "../../test/fake-telegram/chats.js";
import { answerTo, buttonData, isText, Person, startsWith } from "../../test/fake-telegram/person.js";
import { t } from "../../test/korean.js";
import { passInTestLink } from "../../test/room-links.js";
import { type EndToEnd, startEndToEnd } from "../../test/telegram-end-to-end.js";
import { waitFor } from "../../test/wait.js";

// A workout end to end over real HTTP: a moderator plans it on the emulated Telegram, the real
// workers tell the group and its linked group chat, a member taps Going and then Join in their
// private chat and gets a URL button whose link carries their own seat. In the group chat the join
// button is a t.me link that opens the private chat; no link to the room is ever posted there.

let e2e: EndToEnd;

beforeAll(async () => {
  e2e = await startEndToEnd({ tuning: { scanMs: 100, groups: { scanMs: 100 } } });
});

afterAll(async () => {
  await e2e?.stop();
});

const GROUP_CHAT_ID = -1001000000777;

interface UrlButton {
  text: string;
  url?: string;
  callback_data?: string;
}

const buttonsIn = (message: BotMessage | undefined) =>
  (message?.reply_markup?.inline_keyboard?.flat() ?? []) as UrlButton[];
const withButton = (label: string) => (message: BotMessage) =>
  buttonsIn(message).some((button) => button.text === label);

async function registered(person: Person) {
  await person.command("/help");
  await person.receive(() => true, "help");
  const { db } = e2e.test.database;
  const account = await db.account.findFirstOrThrow({
    where: { platform: "telegram", externalId: String(person.id) },
  });
  return getProfile(db, account.userId);
}

/** `/workout` → plan → the group → home workout, tomorrow morning for 30 minutes. */
async function planWorkout(host: Person) {
  await host.command("/workout");
  await host.pressOn(isText("ask-workout-mode"), t("workout-mode-plan"), "mode");
  await host.pressOn(
    isText("workout-pick-plan"),
    t("button-meetup-in-group", { name: "망원 러닝 크루" }),
    "group",
  );
  await host.pressOn(isText("ask-workout-kind"), t("workout-kind-home"), "kind");
  await answerTo(host, "ask-workout-title", "저녁 홈트");
  await answerTo(host, "ask-workout-when", `${departureIn(30)} 30분`);
  await host.pressOn(isText("ask-meetup-capacity"), t("button-skip"), "capacity");
  await host.receive(isText("workout-planned", { title: "저녁 홈트" }), "planned");
}

describe("a workout on Telegram", () => {
  it("plan → Going → Join in private gives the member's own link; the group chat gets only a t.me button", {
    timeout: 60_000,
  }, async () => {
    const { server } = e2e.emulator;
    const { db } = e2e.test.database;
    const coach = new Person(server, 9701, "코치", "ko");
    const hana = new Person(server, 9702, "하나", "ko");
    const [coachProfile, hanaProfile] = [await registered(coach), await registered(hana)];
    const groupId = await groupWith(db, coachProfile, [{ profile: hanaProfile, role: "member" }]);
    await db.groupChat.create({
      data: {
        groupId,
        platform: "telegram",
        chatId: String(GROUP_CHAT_ID),
        language: "ko",
        timeZone: "Asia/Seoul",
        linkedById: coachProfile.userId,
      },
    });

    await planWorkout(coach);
    const meetup = await db.meetup.findFirstOrThrow({ where: { groupId }, include: { room: true } });
    expect(meetup.workoutKind).toBe("home");

    const notice = await hana.receive(withButton(t("button-workout-join")), "the new workout's notice");
    expect(notice?.text).toContain("저녁 홈트");
    await hana.press(buttonData(notice, t("button-rsvp-going")));
    const going = await hana.receive(withButton(t("button-workout-join")), "going, with a join button");
    expect(going?.text).toContain("참석으로 응답했어요");
    await hana.press(buttonData(going, t("button-workout-join")));
    const linkMessage = await hana.receive(startsWith("🎥"), "the member's own link");
    const [enter] = buttonsIn(linkMessage);
    expect(enter?.text).toBe(t("button-room-enter"));
    const seat = await db.roomParticipant.findFirstOrThrow({ where: { userId: hanaProfile.userId } });
    expect(passInTestLink(enter?.url ?? "")).toMatchObject({
      room: meetup.room?.name,
      seatId: seat.id,
      moderator: false,
    });
    expect(linkMessage?.text).toContain("로비에서 기다려요");

    // The group chat: the notice with buttons that open the private chat, and nothing more.
    const posted = await waitFor("the group chat's post", () => {
      const messages = server.unreadMessages(GROUP_CHAT_ID);
      return messages.length > 0 ? messages : undefined;
    });
    const join = buttonsIn(posted[0]).find((button) => button.text === t("button-workout-join"));
    expect(join?.callback_data).toBeUndefined();
    const deepLink = new URL(join?.url ?? "");
    expect(`${deepLink.origin}${deepLink.pathname}`).toBe("https://t.me/honjok_test_bot");
    const payload = deepLink.searchParams.get("start") ?? "";
    expect(decodeStartPayload(payload)).toBe(actions.workoutJoin({ meetupId: meetup.id }));
    expect(JSON.stringify(posted)).not.toMatch(/jwt|meet\.honjok\.test/u);

    // Following it, the member's private chat answers with the same seat.
    await hana.command(`/start ${payload}`);
    const again = await hana.receive(startsWith("🎥"), "the link again, from the group chat's button");
    expect(passInTestLink(buttonsIn(again)[0]?.url ?? "")?.seatId).toBe(seat.id);
    expect(JSON.stringify(server.unreadMessages(GROUP_CHAT_ID))).not.toMatch(/jwt/u);
  });
});
