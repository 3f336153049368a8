import { readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actions } from "../../core/actions/table.js";
import { markSent, queueNotification } from "../../core/notifications/mutations.js";
import { approximate, HOME_AREA_PRECISION_METRES } from "../../core/place.js";
import { parseMail } from "../../test/mime.js";
import { waitFor } from "../../test/wait.js";
import { openPhoneBrowser, playgroundOnPhone, playgroundPage } from "./test-browser.js";

// A person on a phone-sized screen tries the playground in a real headless Chromium.

/** Where the last run's screenshot goes, for a person to look at. */
const SCREENSHOT_PATH =
  process.env.PLAYGROUND_SCREENSHOT ?? path.join(tmpdir(), "honjok-playground-onboarding.png");

/** With no SMTP configured, the workers write mail into their DATA_DIR's mail/ folder, as README says. */
const phone = playgroundOnPhone({ ownDataDir: true });

/** The newest .eml the mail worker wrote, as a person opens it to read their code. */
async function newestMail(): Promise<string> {
  const folder = path.join(phone().dataDir, "mail");
  const names = await waitFor("a mail written to DATA_DIR/mail", async () => {
    const written = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith(".eml"));
    return written.length > 0 && written.sort();
  });
  return readFile(path.join(folder, names.at(-1) ?? ""), "utf8");
}

describe("the playground page", () => {
  it("takes a new persona through onboarding in Korean", async () => {
    const { chat } = phone();
    const { page, say, botSays, type } = chat;
    await page.goto(`${phone().baseUrl}/playground`);

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
    const { page, say } = phone().chat;
    expect(await page.evaluate(() => document.cookie)).toBe("");
    expect(await page.context().cookies()).toContainEqual(
      expect.objectContaining({ name: "honjok_personas", httpOnly: true, sameSite: "Strict" }),
    );
    await page.reload();
    await page.locator("#persona-name", { hasText: "민지" }).waitFor();

    const other = await openPhoneBrowser();
    try {
      await other.page.goto(`${phone().baseUrl}/playground`);
      await other.page.getByText(say("playground-personas-empty")).waitFor();
      expect(await other.page.locator("#persona-list .persona").count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it("shows a delivered notification's buttons and presses them like a reply's", async () => {
    const { chat, ctx } = phone();
    const { db } = ctx;
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

    // After a reload the chat is as it ended, the notification once, in its place, not alone.
    const messages = () => chat.page.locator(".message").allTextContents();
    const before = await messages();
    await chat.page.reload();
    await chat.page.locator("#persona-name", { hasText: "민지" }).waitFor();
    await chat.botSays("/start — ");
    // One inbox poll later, nothing was shown again.
    await chat.page.waitForResponse((response) => response.url().includes("/inbox"));
    expect(await messages()).toEqual(before);
    const button = chat.page.getByRole("button", { name: chat.say("button-skip") }).last();
    await button.click();
    await expect.poll(async () => (await messages()).length).toBe(before.length + 2);
  });

  it("shares the browser's location in English, kept rounded, and says why when it may not", async () => {
    const { chat } = phone();
    await chat.openPicker();
    const { page } = chat;
    await page.getByRole("button", { name: "English" }).click();
    const english = playgroundPage(page, phone().ctx.translator, "en");
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
    await page.context().grantPermissions(["geolocation"], { origin: phone().baseUrl });
    await page.context().setGeolocation(exact);
    await useLocation.click();
    await english.sent(english.say("playground-location-sent"));
    await english.botSays(english.say("ask-interests"));
    await english.type("cooking");
    await english.botSays("👤 Sam");

    const sam = await phone().ctx.db.user.findFirstOrThrow({ where: { displayName: "Sam" } });
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

  it("takes a persona made unverified through /verify with the code from the .eml file", async () => {
    const { chat } = phone();
    const { page } = chat;
    await playgroundPage(page, phone().ctx.translator, "en").openPicker();
    await page.getByRole("button", { name: "한국어" }).click();
    await chat.createPersona("하나", { unverified: true });

    await chat.type("/verify");
    await chat.press(await chat.botSays(chat.say("verify-choose")), chat.say("button-verify-email"));
    await chat.botSays(chat.say("ask-email"));
    await chat.type("hana@example.com");
    await chat.botSays(chat.say("verify-code-sent", { email: "h***@example.com", minutes: 10 }));

    const mail = parseMail(await newestMail());
    expect(mail.subject).toBe(chat.say("verify-mail-subject"));
    const code = /\b(\d{6})\b/.exec(mail.text)?.[1] ?? "";
    await chat.type(code);
    await chat.botSays(chat.say("verify-done"));
    await chat.type("/verify");
    await chat.botSays(chat.say("verify-already"));
  });
});
