import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandAction } from "../../core/actions.js";
import { markSent, queueNotification } from "../../core/notifications/mutations.js";
import { startTestPlayground, type TestPlayground } from "./test-server.js";

// A person on a phone-sized screen tries the playground in a real headless Chromium.

/** Flags from shared/OFFLINE-BUILD.md: without them the closed network floods Chromium with refused connections. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Where the last run's screenshot goes, for a person to look at. */
const SCREENSHOT_PATH =
  process.env.PLAYGROUND_SCREENSHOT ?? path.join(tmpdir(), "honjok-playground-onboarding.png");

let playground: TestPlayground;
let profileDir: string;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  playground = await startTestPlayground();
  profileDir = await mkdtemp(path.join(tmpdir(), "honjok-chromium-"));
  browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    locale: "ko-KR",
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

async function type(text: string) {
  const box = page.getByRole("textbox", {
    name: playground.ctx.translator.translate("ko", "playground-input-label"),
  });
  await box.fill(text);
  await box.press("Enter");
}

/** The latest bot message containing `text`, waited for as the page would show it. */
async function botSays(text: string) {
  const message = page.locator(".message.bot").filter({ hasText: text }).last();
  await message.waitFor();
  return message;
}

describe("the playground page", () => {
  it("takes a new persona through onboarding in Korean", async () => {
    const ko = (key: string) => playground.ctx.translator.translate("ko", key);
    await page.goto(`${playground.baseUrl}/playground`);

    await page.getByRole("heading", { name: ko("playground-personas-heading") }).waitFor();
    await page.screenshot({ path: SCREENSHOT_PATH.replace(/\.png$/, "-picker.png") });
    await page.getByLabel(ko("playground-persona-name")).fill("민지");
    await page.getByRole("button", { name: ko("playground-persona-create") }).click();
    await page.locator("#persona-name", { hasText: "민지" }).waitFor();

    await type("/start");
    const question = await botSays(ko("ask-language"));
    await question.getByRole("button", { name: "한국어" }).click();

    await botSays(ko("ask-area"));
    await page.getByRole("button", { name: ko("playground-use-location") }).waitFor();
    await type("37.5665, 126.9780 망원동");

    await botSays(ko("ask-interests"));
    await type("요리, 러닝, 보드게임");

    const card = await botSays("👤 민지");
    expect(await card.textContent()).toContain("동네: 망원동");
    expect(await card.textContent()).toContain("#요리 #러닝 #보드게임");
    await botSays("민지님, 준비가 끝났어요!");
    expect(await page.getByRole("button", { name: ko("playground-use-location") }).isHidden()).toBe(true);

    await page.screenshot({ path: SCREENSHOT_PATH, fullPage: false });
  });

  it("shows a delivered notification's buttons and presses them like a reply's", async () => {
    const ko = (key: string) => playground.ctx.translator.translate("ko", key);
    const { db } = playground.ctx;
    const persona = await db.user.findFirstOrThrow({ where: { displayName: "민지" } });
    const id = await db.$transaction((tx) =>
      queueNotification(tx, {
        userId: persona.id,
        messageKey: "notify-account-linked",
        params: { platform: "telegram" },
        buttons: [[{ label: { key: "button-skip" }, action: commandAction("help") }]],
      }),
    );
    await markSent(db, id, "web");

    const notice = page.locator(".message.notice").filter({ hasText: ko("playground-notification") });
    await notice.getByRole("button", { name: ko("button-skip") }).click();
    await botSays("/start — ");
  });
});
