import { describe, expect, it } from "vitest";
import { defaultCarpoolSettings } from "../../core/carpool/settings.js";
import { takeOccupantEvent } from "../../core/workouts/presence/mutations.js";
import { renderText } from "../../i18n/render.js";
import { createTranslator } from "../../i18n/translator.js";
import { passInTestLink } from "../../test/room-links.js";
import { TEST_VIDEO_CHECK_OPERATOR } from "../../test/video-check-operator.js";
import type { Input } from "../dispatcher.js";
import { buttonData, dispatcherForTests, type Outcome } from "../test-dispatcher.js";

// /videocheck through the real dispatcher: a person writing in English asks, the operator (the test
// contexts' one, in Korean) takes it from the notice and gets the moderator's link with the
// decision buttons, the person joins from theirs, and the operator confirms. The carpool here asks
// for the mark: /ride refuses the person, with how to get it, until then.

const test = dispatcherForTests({
  carpool: { ...defaultCarpoolSettings, requireVideoVerified: true },
});

const translator = createTranslator();
const OPERATOR = TEST_VIDEO_CHECK_OPERATOR.externalId;
const identity = (id: string) => ({
  platform: "telegram" as const,
  externalId: id,
  chatId: id,
  displayName: id === OPERATOR ? "운영자" : `Alex${id}`,
  language: id === OPERATOR ? ("ko" as const) : ("en" as const),
});
const send = (who: string, input: Input) =>
  test().dispatcher.handle(identity(who), { chat: { id: who, kind: "private", canManage: false }, ...input });
const command = (who: string, name: string) => send(who, { kind: "command", name });
const shown = (outcome: Outcome) =>
  renderText(translator, outcome.language, outcome.replies.at(-1)?.text ?? { key: "" });
const keyOf = (outcome: Outcome) => outcome.replies.at(-1)?.text.key;

/** Presses the button of the latest notice `userId` got with `messageKey`. */
async function pressNotice(who: string, userId: string, messageKey: string, labelKey: string) {
  const notice = await test().database.db.notification.findFirstOrThrow({
    where: { userId, messageKey },
    orderBy: { createdAt: "desc" },
  });
  const button = (notice.buttons as { label: { key: string }; action: string }[][])
    .flat()
    .find((candidate) => candidate.label.key === labelKey);
  return send(who, { kind: "button", data: button?.action ?? "" });
}

const linkIn = (outcome: Outcome) =>
  passInTestLink(outcome.replies.find((reply) => reply.link)?.link?.url ?? "");

describe("/videocheck", () => {
  it("tells people video checks are not available yet while no operator has used honjok, naming no setting", async () => {
    // The operator is listed but has not used honjok yet: there is nobody to tell.
    const english = await command("500", "videocheck");
    expect(shown(english)).toBe(
      "Video checks are not available on this honjok yet: no operator takes them so far. Please ask again with /videocheck later.",
    );
    const korean = await test().dispatcher.handle(
      { ...identity("499"), language: "ko" as const },
      { chat: { id: "499", kind: "private", canManage: false }, kind: "command", name: "videocheck" },
    );
    expect(shown(korean)).toContain("아직 화상인증을 받을 수 없어요");
    expect([shown(english), shown(korean)].join("\n")).not.toMatch(/VIDEO_CHECK|[a-z]+:\d+/);
    expect(await test().database.db.videoCheck.count()).toBe(0);
  });

  it("says how long the room is open and a request waits from the constants, in every message and language", () => {
    const keys = ["video-check-requested", "notify-video-check-requested", "notify-video-check-taken"];
    const times = { name: "x", minutes: 45, hours: 7 };
    for (const language of ["ko", "en"] as const) {
      for (const key of keys) {
        expect(translator.translate(language, key, times), `${language} ${key}`).toMatch(/45/);
      }
      for (const key of ["video-check-requested", "notify-video-check-expired"]) {
        expect(translator.translate(language, key, times), `${language} ${key}`).toMatch(/7/);
      }
    }
  });

  it("asks, is taken by the operator, gives each their own link, and marks the person when confirmed", async () => {
    const operator = (await command(OPERATOR, "help")).profile;
    const rider = (await command("501", "help")).profile;
    await test().database.db.user.update({ where: { id: rider.userId }, data: { verifiedAt: new Date() } });
    expect(shown(await command("501", "ride"))).toBe(
      translator.translate("en", "error-ride-needs-video-check"),
    );
    const asked = await command("501", "videocheck");
    expect(shown(asked)).toContain(
      "your own 1:1 room, open for 30 minutes. If nobody takes it within 24 hours, I give it up and tell you.",
    );
    const again = await command("501", "videocheck");
    expect(shown(again)).toBe(
      "You already asked for a video check: an operator will take it soon, and then you get a button to the room. Changed your mind? Cancel it below.",
    );
    expect(buttonData(again, "button-video-check-cancel")).toBe(
      buttonData(asked, "button-video-check-cancel"),
    );

    const stranger = await pressNotice(
      "502",
      operator.userId,
      "notify-video-check-requested",
      "button-video-check-take",
    );
    expect(keyOf(stranger)).toBe("error-video-check-not-operator");

    const taken = await pressNotice(
      OPERATOR,
      operator.userId,
      "notify-video-check-requested",
      "button-video-check-take",
    );
    expect(shown(taken)).toContain("로비에서 상대를 들여보내고");
    expect(linkIn(taken)).toMatchObject({ moderator: true, displayName: "운영자" });

    const joined = await pressNotice(
      "501",
      asked.profile.userId,
      "notify-video-check-taken",
      "button-video-check-join",
    );
    expect(shown(joined)).toContain("Wait in the lobby first");
    expect(linkIn(joined)).toMatchObject({ moderator: false, room: linkIn(taken)?.room });
    expect(joined.replies.flatMap((reply) => reply.buttons ?? [])).toEqual([]);

    const confirm = () =>
      send(OPERATOR, { kind: "button", data: buttonData(taken, "button-video-check-confirm") });
    expect(shown(await confirm())).toBe(
      "Alex501님이 아직 화상인증 방에 들어오지 않아서 인증할 수 없어요. 통화에서 서로 얼굴을 본 뒤에 인증하세요. 거절은 지금도 할 수 있어요.",
    );
    // The deployment reports the two in the room.
    for (const pass of [linkIn(taken), linkIn(joined)]) {
      if (!pass) throw new Error("no pass");
      const occupant = {
        occupantJid: `${pass.seatId}@meet.example/1`,
        seatId: pass.seatId,
        joinedAt: new Date(),
      };
      await takeOccupantEvent(test().database.db, pass.room, occupant);
    }
    const confirmed = await confirm();
    expect(shown(confirmed)).toBe(
      translator.translate("ko", "video-check-confirmed-reply", { name: "Alex501" }),
    );
    const marked = await test().database.db.user.findUniqueOrThrow({ where: { id: asked.profile.userId } });
    expect(marked.videoVerifiedAt).not.toBeNull();
    const lateJoin = await pressNotice(
      "501",
      asked.profile.userId,
      "notify-video-check-taken",
      "button-video-check-join",
    );
    expect(shown(lateJoin)).toBe(
      "This video check is over: it was confirmed, and the video verified mark is given. Its room takes no one any more.",
    );
    expect(lateJoin.replies.some((reply) => reply.link)).toBe(false);
    expect(keyOf(await command("501", "videocheck"))).toBe("error-video-check-already-verified");
    expect(keyOf(await command("501", "ride"))).toBe("ask-ride-origin");
  });

  it("lets the person cancel from the reply to their request, and ask again", async () => {
    const asked = await command("503", "videocheck");
    const cancelled = await send("503", {
      kind: "button",
      data: buttonData(asked, "button-video-check-cancel"),
    });
    expect(shown(cancelled)).toBe(
      "Cancelled: nobody will take this video check now. Ask again with /videocheck whenever you like.",
    );
    const late = await pressNotice(
      OPERATOR,
      (await command(OPERATOR, "help")).profile.userId,
      "notify-video-check-requested",
      "button-video-check-take",
    );
    expect(shown(late)).toBe(
      "이미 끝난 화상인증이에요. 취소되었거나 시간이 지나서 방에는 더 들어갈 수 없어요. /videocheck로 새로 요청할 수 있어요.",
    );
    expect(late.replies.some((reply) => reply.link)).toBe(false);
    const twice = await send("503", { kind: "button", data: buttonData(asked, "button-video-check-cancel") });
    expect(keyOf(twice)).toBe("error-video-check-decided");
    expect(keyOf(await command("503", "videocheck"))).toBe("video-check-requested");
  });
});
