import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions } from "../../core/actions/table.js";
import { markSent, queueNotification } from "../../core/notifications/mutations.js";
import { approximate, HOME_AREA_PRECISION_METRES } from "../../core/place.js";
import { openPhoneBrowser, type PhoneBrowser, type PlaygroundPage, playgroundPage } from "./test-browser.js";
import { startTestPlayground, type TestPlayground } from "./test-server.js";

// A person on a phone-sized screen tries the playground in a real headless Chromium.

/** Where the last run's screenshot goes, for a person to look at. */
const SCREENSHOT_PATH =
  process.env.PLAYGROUND_SCREENSHOT ?? path.join(tmpdir(), "honjok-playground-onboarding.png");

let playground: TestPlayground;
let browser: PhoneBrowser;
let chat: PlaygroundPage;

beforeAll(async () => {
  playground = await startTestPlayground();
  browser = await openPhoneBrowser();
  chat = playgroundPage(browser.page, playground.ctx.translator);
});

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

describe("the playground page", () => {
  it("takes a new persona through onboarding in Korean", async () => {
    const { page, say, botSays, type } = chat;
    await page.goto(`${playground.baseUrl}/playground`);

    await page.getByRole("heading", { name: say("playground-personas-heading") }).waitFor();
    await page.screenshot({ path: SCREENSHOT_PATH.replace(/\.png$/, "-picker.png") });
    await chat.createPersona("민지");

    await type("/start");
    const question = await botSays(say("ask-language"));
    await question.getByRole("button", { name: "한국어" }).click();

    await botSays(say("ask-area"));
    await page.getByRole("button", { name: say("playground-use-location") }).waitFor();
    await type("37.5665, 126.9780 망원동");

    await botSays(say("ask-interests"));
    await type("요리, 러닝, 보드게임");

    const card = await botSays("👤 민지");
    expect(await card.textContent()).toContain("동네: 망원동");
    expect(await card.textContent()).toContain("#요리 #러닝 #보드게임");
    await botSays("민지님, 준비가 끝났어요!");
    expect(await page.getByRole("button", { name: say("playground-use-location") }).isHidden()).toBe(true);

    await page.screenshot({ path: SCREENSHOT_PATH, fullPage: false });
  });

  it("keeps its personas to this browser, in a cookie the page's scripts cannot read", async () => {
    const { page, say } = chat;
    expect(await page.evaluate(() => document.cookie)).toBe("");
    expect(await page.context().cookies()).toContainEqual(
      expect.objectContaining({ name: "honjok_personas", httpOnly: true, sameSite: "Strict" }),
    );
    await page.reload();
    await page.locator("#persona-name", { hasText: "민지" }).waitFor();

    const other = await openPhoneBrowser();
    try {
      await other.page.goto(`${playground.baseUrl}/playground`);
      await other.page.getByText(say("playground-personas-empty")).waitFor();
      expect(await other.page.locator("#persona-list .persona").count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it("shows a delivered notification's buttons and presses them like a reply's", async () => {
    const { db } = playground.ctx;
    const persona = await db.user.findFirstOrThrow({ where: { displayName: "민지" } });
    const id = await db.$transaction((tx) =>
      queueNotification(tx, {
        userId: persona.id,
        messageKey: "notify-account-linked",
        params: { platform: "telegram" },
        buttons: [[{ label: { key: "button-skip" }, action: actions.help() }]],
      }),
    );
    await markSent(db, id, "web");

    const notice = await chat.notice(chat.say("playground-notification"));
    await notice.getByRole("button", { name: chat.say("button-skip") }).click();
    await chat.botSays("/start — ");
  });

  it("shares the browser's location in English, kept rounded, and says why when it may not", async () => {
    await chat.openPicker();
    const { page } = chat;
    await page.getByRole("button", { name: "English" }).click();
    const english = playgroundPage(page, playground.ctx.translator, "en");
    await english.createPersona("Sam");
    await english.type("/start");
    await (await english.botSays(english.say("ask-language")))
      .getByRole("button", { name: "English" })
      .click();
    await english.botSays(english.say("ask-area"));
    const useLocation = page.getByRole("button", { name: english.say("playground-use-location") });

    await page.context().clearPermissions();
    await useLocation.click();
    await page.locator(".message.error", { hasText: english.say("playground-location-denied") }).waitFor();

    const exact = { latitude: 37.556342, longitude: 126.922311 };
    await page.context().grantPermissions(["geolocation"], { origin: playground.baseUrl });
    await page.context().setGeolocation(exact);
    await useLocation.click();
    await english.sent(english.say("playground-location-sent"));
    await english.botSays(english.say("ask-interests"));
    await english.type("cooking");
    await english.botSays("👤 Sam");

    const sam = await playground.ctx.db.user.findFirstOrThrow({ where: { displayName: "Sam" } });
    const kept = approximate(
      { lat: exact.latitude, lng: exact.longitude, precision: 0 },
      HOME_AREA_PRECISION_METRES,
    );
    expect(sam).toMatchObject({
      homeLat: kept.lat,
      homeLng: kept.lng,
      homePrecision: HOME_AREA_PRECISION_METRES,
    });
    expect(sam.homeLat).not.toBe(exact.latitude);
  });
});
