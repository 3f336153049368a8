import { type JWTPayload, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeStartPayload, encodeStartPayload } from "../../core/actions/start-payload.js";
import { actions } from "../../core/actions/table.js";
import { groupWith } from "../../core/groups/meetups/test-meetups.js";
import { ROOM_GRACE_MS, ROOM_TIMEOUT_MS } from "../../core/workouts/rooms/rules.js";
import { createTranslator } from "../../i18n/translator.js";
import { type EventSync, eventSync, occupant, serveJitsiEvents } from "../../jitsi/test-event-sync.js";
import { prosodyAdmits } from "../../jitsi/test-prosody-token.js";
import { JITSI_AUDIENCE, jitsiLinkMaker } from "../../jitsi/token.js";
import { departureIn } from "../../test/departure.js";
import type { BotMessage } from "../../test/fake-telegram/chats.js";
import { answerTo, buttonData, isText, Person, startsWith } from "../../test/fake-telegram/person.js";
import { t } from "../../test/korean.js";
import { TEST_ROOM_DOMAIN } from "../../test/room-links.js";
import { type EndToEnd, registered, startEndToEnd } from "../../test/telegram-end-to-end.js";
import { waitFor } from "../../test/wait.js";

// A workout end to end over real HTTP, with the links and tokens a deployment gets: a moderator
// plans it on the emulated Telegram, the real workers tell the group and its linked group chat, a
// member taps Going and then Join in their private chat and gets a URL button with their own token,
// which jose and prosody's rules accept. In the group chat the join button is a t.me link that
// opens the private chat; no link to the room is ever posted there. Then the deployment's event
// sync reports the room over HTTP, the upkeep settles it, and /streak counts the week.

const JITSI = {
  domain: TEST_ROOM_DOMAIN,
  appId: "honjok",
  secret: "e2e-jitsi-app-secret-0123456789abcdef0123456789",
  xmppDomain: "meet.jitsi",
  publicUrl: "http://127.0.0.1:3000",
};
const EVENTS_TOKEN = "e2e-event-sync-token-0123456789abcdef0123456789";

let e2e: EndToEnd;
let sync: EventSync;

beforeAll(async () => {
  e2e = await startEndToEnd({
    services: { roomLinks: jitsiLinkMaker(JITSI) },
    tuning: { scanMs: 100, groups: { scanMs: 100, roomUpkeepMs: 100 } },
  });
  sync = eventSync(await serveJitsiEvents(e2e.test.app, EVENTS_TOKEN), EVENTS_TOKEN);
});

afterAll(async () => {
  await e2e?.stop();
});

const GROUP_CHAT_ID = -1001000000777;
const GROUP = "망원 러닝 크루";
const translator = createTranslator();
const en = (key: string) => translator.translate("en", key);
const db = () => e2e.test.database.db;

interface UrlButton {
  text: string;
  url?: string;
  callback_data?: string;
}

const buttonsIn = (message: BotMessage | undefined) =>
  (message?.reply_markup?.inline_keyboard?.flat() ?? []) as UrlButton[];
const withButton = (label: string) => (message: BotMessage) =>
  buttonsIn(message).some((button) => button.text === label);
const saying = (text: string) => (message: BotMessage) => message.text.includes(text);

/** `/workout` → plan → the group → home workout, `minutesAhead` from now for 30 minutes. */
async function planWorkout(host: Person, minutesAhead = 30) {
  await host.command("/workout");
  await host.pressOn(isText("ask-workout-mode"), t("workout-mode-plan"), "mode");
  await host.pressOn(isText("workout-pick-plan"), t("button-meetup-in-group", { name: GROUP }), "group");
  await host.pressOn(isText("ask-workout-kind"), t("workout-kind-home"), "kind");
  await answerTo(host, "ask-workout-title", "저녁 홈트");
  await answerTo(host, "ask-workout-when", `${departureIn(minutesAhead)} 30분`);
  await host.pressOn(isText("ask-meetup-capacity"), t("button-skip"), "capacity");
  await host.receive(isText("workout-planned", { title: "저녁 홈트" }), "planned");
}

interface RoomClaims extends JWTPayload {
  room: string;
  context: { user: { id: string; name: string; moderator: boolean } };
}

/** The token of a room link as jose reads it at `at`, after checking prosody would let it in. */
async function claimsIn(link: string | undefined, room: string, at: Date): Promise<RoomClaims> {
  const url = new URL(link ?? "");
  expect(`${url.origin}${url.pathname}`).toBe(`https://${TEST_ROOM_DOMAIN}/${room}`);
  const token = url.searchParams.get("jwt") ?? "";
  const prosody = { appId: JITSI.appId, appSecret: JITSI.secret, acceptedAudiences: [JITSI_AUDIENCE] };
  expect(prosodyAdmits(token, room, prosody, at)).toMatchObject({ accepted: true });
  const { payload } = await jwtVerify<RoomClaims>(token, new TextEncoder().encode(JITSI.secret), {
    algorithms: ["HS256"],
    typ: "JWT",
    issuer: JITSI.appId,
    audience: JITSI_AUDIENCE,
    subject: JITSI.xmppDomain,
    currentDate: at,
  });
  return payload;
}

/** The seat honjok gave `userId` in the workout's room. */
const seatOf = (userId: string) => db().roomParticipant.findFirstOrThrow({ where: { userId } });

/**
 * Time passes: the workout and its room move back to have ended a while ago, as if planned then,
 * and the start is returned in the deployment's seconds. "A while" lies past the grace a destroyed
 * room waits for late events (so the upkeep settles it) and short of the timeout after which the
 * upkeep would end the room itself (so the deployment's events are what ends it).
 */
async function heldAWhileAgo(meetupId: string): Promise<number> {
  const meetup = await db().meetup.findUniqueOrThrow({ where: { id: meetupId }, include: { room: true } });
  if (!meetup.room || !meetup.endAt) throw new Error("the workout has no room or no end");
  const endedAgoMs = (ROOM_GRACE_MS + ROOM_TIMEOUT_MS) / 2;
  const shiftMs = meetup.endAt.getTime() - (Date.now() - endedAgoMs);
  const back = (date: Date) => new Date(date.getTime() - shiftMs);
  await db().meetup.update({
    where: { id: meetupId },
    data: { startAt: back(meetup.startAt), endAt: back(meetup.endAt) },
  });
  await db().videoRoom.update({
    where: { id: meetup.room.id },
    data: { opensAt: back(meetup.room.opensAt), closesAt: back(meetup.room.closesAt) },
  });
  return Math.floor(back(meetup.startAt).getTime() / 1000);
}

describe("a workout on Telegram", () => {
  it("plan → Going → Join in private gives the member's own link; the group chat gets only a t.me button", {
    timeout: 60_000,
  }, async () => {
    const { server } = e2e.emulator;
    const coach = new Person(server, 9701, "코치", "ko");
    const hana = new Person(server, 9702, "하나", "ko");
    const [coachProfile, hanaProfile] = [await registered(db(), coach), await registered(db(), hana)];
    const groupId = await groupWith(db(), coachProfile, [{ profile: hanaProfile, role: "member" }]);
    await db().groupChat.create({
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
    const meetup = await db().meetup.findFirstOrThrow({ where: { groupId }, include: { room: true } });
    const room = meetup.room?.name ?? "";
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
    const seat = await seatOf(hanaProfile.userId);
    expect((await claimsIn(enter?.url, room, meetup.startAt)).context.user).toEqual({
      id: seat.id,
      name: "하나",
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
    const claimsAgain = await claimsIn(buttonsIn(again)[0]?.url, room, meetup.startAt);
    expect(claimsAgain.context.user.id).toBe(seat.id);
    expect(JSON.stringify(server.unreadMessages(GROUP_CHAT_ID))).not.toMatch(/jwt/u);
  });

  it("goal → plan → Going → Join → the room's events → attended → /streak counts the week; nobody else gets a link", {
    timeout: 90_000,
  }, async () => {
    const { server } = e2e.emulator;
    const coach = new Person(server, 9711, "코치", "ko");
    const ann = new Person(server, 9712, "Ann", "en");
    const bo = new Person(server, 9713, "보라", "ko");
    const stranger = new Person(server, 9714, "낯선이", "ko");
    const [coachProfile, annProfile, boProfile, strangerProfile] = [
      await registered(db(), coach),
      await registered(db(), ann),
      await registered(db(), bo),
      await registered(db(), stranger),
    ];
    await groupWith(db(), coachProfile, [
      { profile: annProfile, role: "member" },
      { profile: boProfile, role: "member" },
    ]);

    // The host sets the group's goal, then plans the workout; the card offers them the room.
    await coach.command("/workout");
    await coach.pressOn(isText("ask-workout-mode"), t("workout-mode-goal"), "mode");
    await coach.pressOn(isText("workout-pick-goal"), t("button-meetup-in-group", { name: GROUP }), "group");
    await answerTo(coach, "ask-workout-goal", "주 1회");
    await coach.receive(isText("workout-goal-set"), "the goal set");
    await planWorkout(coach);
    const meetup = await db().meetup.findFirstOrThrow({
      where: { group: { members: { some: { userId: annProfile.userId } } } },
      include: { room: true },
    });
    const room = meetup.room?.name ?? "";
    await coach.pressOn(withButton(t("button-workout-join")), t("button-workout-join"), "the host's card");
    const coachLink = await coach.receive(startsWith("🎥"), "the host's own link");
    const coachSeat = await seatOf(coachProfile.userId);
    expect((await claimsIn(buttonsIn(coachLink)[0]?.url, room, meetup.startAt)).context.user).toEqual({
      id: coachSeat.id,
      name: "코치",
      moderator: true,
    });

    // A member going, in English: their own seat, an opaque id, a token for this room and this slot.
    const notice = await ann.receive(withButton(en("button-workout-join")), "the notice in English");
    await ann.press(buttonData(notice, en("button-rsvp-going")));
    const going = await ann.receive(withButton(en("button-workout-join")), "going, with a join button");
    await ann.press(buttonData(going, en("button-workout-join")));
    const annLink = await ann.receive(startsWith("🎥"), "Ann's own link");
    const annSeat = await seatOf(annProfile.userId);
    const claims = await claimsIn(buttonsIn(annLink)[0]?.url, room, meetup.startAt);
    expect(claims).toMatchObject({
      iss: JITSI.appId,
      aud: JITSI_AUDIENCE,
      sub: JITSI.xmppDomain,
      room,
      context: { user: { id: annSeat.id, name: "Ann", moderator: false } },
    });
    expect(room).toMatch(/^[a-z0-9]{20,}$/u);
    expect(claims.context.user.id).not.toContain(String(ann.id));
    expect(claims.nbf).toBeLessThanOrEqual(meetup.startAt.getTime() / 1000);
    expect(claims.exp).toBeLessThanOrEqual(((meetup.endAt?.getTime() ?? 0) + ROOM_GRACE_MS) / 1000);

    // A member who cannot go, and someone outside the group following the join link: refused, no link.
    const boNotice = await bo.receive(withButton(t("button-workout-join")), "보라's notice");
    await bo.press(buttonData(boNotice, t("button-rsvp-declined")));
    await bo.receive(isText("rsvp-declined", { title: "저녁 홈트" }), "declined");
    await bo.press(buttonData(boNotice, t("button-workout-join")));
    const notGoing = await bo.receive(saying(t("error-room-not-going")), "not going, refused");
    expect(buttonsIn(notGoing).some((button) => button.url)).toBe(false);
    await stranger.command(`/start ${encodeStartPayload(actions.workoutJoin({ meetupId: meetup.id }))}`);
    await stranger.receive(saying(t("error-group-not-member")), "not a member, refused");
    const strays = [boProfile.userId, strangerProfile.userId];
    expect(await db().roomParticipant.count({ where: { userId: { in: strays } } })).toBe(0);
    expect(JSON.stringify([...bo.received, ...stranger.received])).not.toMatch(/jwt/u);

    // The workout is held. The deployment reports its room: the two come in, Ann leaves after 19
    // minutes, the room is destroyed with the host still in it.
    const start = await heldAWhileAgo(meetup.id);
    const minute = (minutes: number) => start + minutes * 60;
    const held = { room: { name: room } };
    const [coachIn, annIn] = [occupant(coachSeat.id, minute(1)), occupant(annSeat.id, minute(2))];
    const answers = [
      await sync.created(held, minute(1)),
      await sync.joined(held, coachIn),
      await sync.joined(held, annIn),
      await sync.left(held, { ...annIn, left_at: minute(21) }),
      await sync.destroyed(held, minute(1), minute(29), [
        { ...coachIn, left_at: minute(29) },
        { ...annIn, left_at: minute(21) },
      ]),
    ];
    expect(answers.map(({ status, body }) => [status, body.taken])).toEqual(Array(5).fill([200, true]));

    // The upkeep settles the room: both came; the streaks are counted again.
    const rsvps = await waitFor("the room settled", async () => {
      const answered = await db().rsvp.findMany({ where: { meetupId: meetup.id, attended: { not: null } } });
      return answered.length === 2 ? answered : undefined;
    });
    expect(rsvps.map(({ userId, attended }) => [userId, attended]).sort()).toEqual(
      [
        [coachProfile.userId, true],
        [annProfile.userId, true],
      ].sort(),
    );
    await waitFor("Ann's streak", () =>
      db().workoutStreak.findFirst({ where: { userId: annProfile.userId, current: 1 } }),
    );
    await ann.command("/streak");
    const streak = await ann.receive(startsWith(`🔥 ${GROUP}`), "the streak in English");
    expect(streak?.text).toContain("🎯 once a week");
    expect(streak?.text).toContain("My streak: 1 week (best 1 week)");
  });
});
