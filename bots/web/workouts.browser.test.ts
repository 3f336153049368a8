import { describe, expect, it } from "vitest";
import { groupWith } from "../../core/groups/meetups/test-meetups.js";
import { getProfile } from "../../core/identity/queries.js";
import { passInTestLink } from "../../test/room-links.js";
import { playgroundOnPhone } from "./test-browser.js";

// A workout in the playground, on one phone: a persona opens a room now through the /workout
// dialog and gets their own link; another persona is told, answers going from the notification and
// gets a link of their own. A link shows only in the reply to its persona: never in a notification,
// and it is not kept in the tab's saved conversation.

const HOST = "지우";
const MEMBER = "도윤";
const TITLE = "점심 스트레칭";

const phone = playgroundOnPhone();

async function personaNamed(name: string) {
  const user = await phone().ctx.db.user.findFirstOrThrow({
    where: { displayName: name, playground: true },
  });
  return getProfile(phone().ctx.db, user.id);
}

async function seatOf(name: string) {
  const { userId } = await personaNamed(name);
  return (await phone().ctx.db.roomParticipant.findFirstOrThrow({ where: { userId } })).id;
}

/** The link under the latest reply, and the seat it carries. */
async function linkUnder(text: string) {
  const href = await (await phone().chat.botSays(text)).locator("a.room-link").getAttribute("href");
  return passInTestLink(href ?? "");
}

describe("workouts in the playground", () => {
  it("gives the persona who opens a room, and one who answers going, each their own link", async () => {
    const { chat } = phone();
    const { page, say, botSays, type, press } = chat;
    await phone().openAs(MEMBER);
    await chat.openPicker();
    await chat.createPersona(HOST);
    await groupWith(phone().ctx.db, await personaNamed(HOST), [
      { profile: await personaNamed(MEMBER), role: "member" },
    ]);

    await type("/workout");
    await press(await botSays(say("ask-workout-mode")), say("workout-mode-now"));
    await press(await botSays(say("workout-pick-now")), "망원 러닝 크루");
    await press(await botSays(say("ask-workout-kind")), say("workout-kind-stretching"));
    await botSays(say("ask-workout-title"));
    await type(TITLE);
    await botSays(say("ask-workout-minutes"));
    await type("20분");
    await press(await botSays(say("ask-meetup-capacity")), say("button-skip"));
    await botSays(say("workout-started", { title: TITLE }));
    expect(await linkUnder("방장 권한")).toMatchObject({ seatId: await seatOf(HOST), moderator: true });
    const saved = await page.evaluate(() => JSON.stringify(sessionStorage));
    expect(saved).toContain(TITLE);
    expect(saved).not.toMatch(/jwt/u);

    await chat.switchTo(MEMBER);
    const notice = await chat.notice(TITLE);
    expect(await notice.locator("a").count()).toBe(0);
    await press(notice, say("button-rsvp-going"));
    await press(await botSays(`'${TITLE}'에 참석으로`), say("button-workout-join"));
    expect(await linkUnder("로비에서 기다려요")).toMatchObject({
      seatId: await seatOf(MEMBER),
      moderator: false,
    });
  });
});
