import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestVideoCheck } from "../../core/workouts/video-checks/mutations.js";
import { VIDEO_CHECK_WAIT_MS } from "../../core/workouts/video-checks/rules.js";
import {
  type EventSync,
  eventSync,
  nowSeconds,
  occupant,
  serveJitsiEvents,
} from "../../jitsi/test-event-sync.js";
import type { BotMessage } from "../../test/fake-telegram/chats.js";
import { buttonData, isText, Person, startsWith } from "../../test/fake-telegram/person.js";
import { t } from "../../test/korean.js";
import { passInTestLink } from "../../test/room-links.js";
import { type EndToEnd, registered, startEndToEnd } from "../../test/telegram-end-to-end.js";
import { TEST_VIDEO_CHECK_OPERATOR } from "../../test/video-check-operator.js";

// A video check over real HTTP on the emulated Telegram: a person asks with /videocheck, the real
// workers tell the operator, who takes it from the notice's button and gets a URL button to the
// room with Confirm and Decline; the person is told, joins from their notice and gets their own
// link; the deployment's event sync reports both in the room (the operator cannot confirm before),
// the operator confirms and the person is told they are video verified. A person cancels from the
// reply to their request; a request nobody took in a day is given up by the real room upkeep.

const EVENTS_TOKEN = "e2e-event-sync-token-0123456789abcdef0123456789";

let e2e: EndToEnd;
let sync: EventSync;

beforeAll(async () => {
  // A quick room upkeep, which also gives up the requests no operator took in time.
  e2e = await startEndToEnd({ tuning: { groups: { roomUpkeepMs: 200 } } });
  sync = eventSync(await serveJitsiEvents(e2e.test.app, EVENTS_TOKEN), EVENTS_TOKEN);
});

afterAll(async () => {
  await e2e?.stop();
});

/** The operator (the test contexts' VIDEO_CHECK_OPERATORS), once they have used honjok, and a person to ask; both in Korean. */
async function operatorAnd(id: number, name: string): Promise<{ operator: Person; asker: Person }> {
  const { server } = e2e.emulator;
  const operator = new Person(server, Number(TEST_VIDEO_CHECK_OPERATOR.externalId), "운영자", "ko");
  await registered(e2e.test.database.db, operator);
  return { operator, asker: new Person(server, id, name, "ko") };
}

const urlOf = (message: BotMessage | undefined) =>
  ((message?.reply_markup?.inline_keyboard?.flat() ?? []) as { url?: string }[]).find((button) => button.url)
    ?.url ?? "";

describe("a video check on Telegram", () => {
  it("/videocheck → the operator takes it → a link each → confirmed → the person is marked", {
    timeout: 60_000,
  }, async () => {
    const { db } = e2e.test.database;
    const { operator, asker: minji } = await operatorAnd(9801, "민지");

    await minji.command("/videocheck");
    await minji.receive(isText("video-check-requested", { minutes: 30, hours: 24 }), "asked");
    const notice = await operator.receive(
      isText("notify-video-check-requested", { name: "민지", minutes: 30 }),
      "the request",
    );
    await operator.press(buttonData(notice, t("button-video-check-take")));
    const operatorLink = await operator.receive(startsWith("🎥"), "the operator's own link");
    expect(passInTestLink(urlOf(operatorLink))).toMatchObject({ moderator: true, displayName: "운영자" });

    const taken = await minji.receive(isText("notify-video-check-taken", { minutes: 30 }), "taken");
    expect(urlOf(taken)).toBe("");
    await minji.press(buttonData(taken, t("button-video-check-join")));
    const minjiLink = await minji.receive(startsWith("🎥"), "the person's own link");
    const pass = passInTestLink(urlOf(minjiLink));
    expect(pass).toMatchObject({ moderator: false, displayName: "민지" });
    expect(pass?.room).toBe(passInTestLink(urlOf(operatorLink))?.room);

    // Links alone are no call: the operator cannot confirm until the deployment reports both in the room.
    const confirm = buttonData(operatorLink, t("button-video-check-confirm"));
    await operator.press(confirm);
    await operator.receive(
      isText("error-video-check-not-joined", { who: "person", name: "민지" }),
      "refused before the call",
    );
    const room = { room: { name: pass?.room ?? "" } };
    const start = nowSeconds();
    const answers = [
      await sync.created(room, start),
      await sync.joined(room, occupant(passInTestLink(urlOf(operatorLink))?.seatId, start)),
      await sync.joined(room, occupant(pass?.seatId, start, undefined, `${pass?.seatId}@meet.jitsi/b1`)),
    ];
    expect(answers.map(({ status, body }) => [status, body.taken])).toEqual(Array(3).fill([200, true]));
    await minji.receive(isText("notify-video-check-joined", { name: "운영자" }), "told the operator came in");

    await operator.press(confirm);
    await operator.receive(isText("video-check-confirmed-reply", { name: "민지" }), "confirmed");
    await minji.receive(isText("notify-video-check-confirmed"), "told they are verified");
    const account = await db.account.findFirstOrThrow({
      where: { platform: "telegram", externalId: "9801" },
    });
    const person = await db.user.findUniqueOrThrow({ where: { id: account.userId } });
    expect(person.videoVerifiedAt).not.toBeNull();
  });

  it("/videocheck → Cancel under the reply → the operator's Take is refused with why", {
    timeout: 60_000,
  }, async () => {
    const { operator, asker: seoyeon } = await operatorAnd(9802, "서연");
    await seoyeon.command("/videocheck");
    const asked = await seoyeon.receive(isText("video-check-requested", { minutes: 30, hours: 24 }), "asked");
    const notice = await operator.receive(
      isText("notify-video-check-requested", { name: "서연", minutes: 30 }),
      "the request",
    );
    await seoyeon.press(buttonData(asked, t("button-video-check-cancel")));
    await seoyeon.receive(isText("video-check-cancelled-reply"), "cancelled");

    await operator.press(buttonData(notice, t("button-video-check-take")));
    const refused = await operator.receive(
      isText("error-video-check-decided", { status: "expired" }),
      "take refused",
    );
    expect(urlOf(refused)).toBe("");
  });

  it("a request no operator took in a day → given up, the person told → Ask again asks anew", {
    timeout: 60_000,
  }, async () => {
    const { operator, asker: haneul } = await operatorAnd(9803, "하늘");
    const profile = await registered(e2e.test.database.db, haneul);
    // Asked a day and a minute ago; nobody took it.
    const askedAt = new Date(Date.now() - VIDEO_CHECK_WAIT_MS - 60_000);
    await requestVideoCheck(e2e.test.database.db, profile.userId, [TEST_VIDEO_CHECK_OPERATOR], askedAt);

    const expired = await haneul.receive(isText("notify-video-check-expired", { hours: 24 }), "given up");
    await haneul.press(buttonData(expired, t("button-video-check-again")));
    await haneul.receive(isText("video-check-requested", { minutes: 30, hours: 24 }), "asked anew");
    await operator.receive(
      isText("notify-video-check-requested", { name: "하늘", minutes: 30 }),
      "the new request",
    );
  });
});
