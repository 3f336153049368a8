import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Locator, type Page } from "playwright-core";
import type { Language } from "../../core/identity/types.js";
import type { MessageParams, Translator } from "../../i18n/translator.js";
import { fileFixture } from "../../test/file-fixture.js";
import { startTestPlayground, type TestPlayground, type TestPlaygroundOptions } from "./test-server.js";

// For the browser tests: a real headless Chromium on a phone-sized screen, and what a person does
// and sees on the playground page, found by role and visible text as they would find it.

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

export interface PhoneBrowser {
  page: Page;
  close(): Promise<void>;
}

/** Chromium with a fresh profile (so no persona is remembered from an earlier run), in Korean. */
export async function openPhoneBrowser(): Promise<PhoneBrowser> {
  const profileDir = await mkdtemp(path.join(tmpdir(), "honjok-chromium-"));
  const removeProfile = () => rm(profileDir, { recursive: true, force: true });
  const context = await chromium
    .launchPersistentContext(profileDir, {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
      viewport: { width: 390, height: 844 },
      locale: "ko-KR",
    })
    .catch(async (error: unknown) => {
      await removeProfile();
      throw error;
    });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  return {
    page,
    async close() {
      await context.close();
      await removeProfile();
    },
  };
}

export type PlaygroundPage = ReturnType<typeof playgroundPage>;

/** The page as a person uses it; `say` gives a catalog text as the page shows it in `language`. */
export function playgroundPage(page: Page, translator: Translator, language: Language = "ko") {
  const say = (key: string, params?: MessageParams) => translator.translate(language, key, params);

  /** The latest message of `kind` containing `text`, waited for as the page would show it. */
  async function latest(kind: "bot" | "notice" | "mine", text: string): Promise<Locator> {
    const message = page.locator(`.message.${kind}`).filter({ hasText: text }).last();
    await message.waitFor();
    return message;
  }

  /** Types a line (newlines allowed: Enter sends, the text keeps them) and sends it. */
  async function type(text: string) {
    const box = page.getByRole("textbox", { name: say("playground-input-label") });
    await box.fill(text);
    await box.press("Enter");
  }

  /** Presses the button labelled exactly `label` under `message` (so ★★★★ is not ★★★★★). */
  async function press(message: Locator, label: string) {
    await message.getByRole("button", { name: label, exact: true }).click();
  }

  async function openPicker() {
    await page.getByRole("button", { name: say("playground-persona-change") }).click();
    await page.getByRole("heading", { name: say("playground-personas-heading") }).waitFor();
  }

  const chattingAs = (name: string) => page.locator("#persona-name", { hasText: name }).waitFor();

  /** `unverified`: ticks the form's "not verified yet" box, to go through /verify. */
  async function createPersona(name: string, { unverified = false } = {}) {
    await page.getByLabel(say("playground-persona-name")).fill(name);
    await page.getByLabel(say("playground-persona-unverified")).setChecked(unverified);
    await page.getByRole("button", { name: say("playground-persona-create") }).click();
    await chattingAs(name);
  }

  /** Back to the picker and on as another persona made earlier; the chat starts afresh. */
  async function switchTo(name: string) {
    await openPicker();
    await page
      .locator("#persona-list .persona")
      .filter({ has: page.getByText(name, { exact: true }) })
      .click();
    await chattingAs(name);
  }

  return {
    page,
    say,
    type,
    press,
    botSays: (text: string) => latest("bot", text),
    /** Notifications arrive by the page's inbox poll, a few seconds apart at most. */
    notice: (text: string) => latest("notice", text),
    sent: (text: string) => latest("mine", text),
    openPicker,
    createPersona,
    switchTo,
  };
}

export interface PlaygroundOnPhone extends Omit<TestPlayground, "stop"> {
  chat: PlaygroundPage;
  /** Opens the playground page and makes the persona `name`, who chats on it from then on. */
  openAs(name: string): Promise<void>;
}

/**
 * The playground with the real workers delivering to its personas' inboxes, and a phone's Chromium
 * on it in Korean; started before the file's tests and closed after them.
 */
export function playgroundOnPhone(
  options: Omit<TestPlaygroundOptions, "workers"> = {},
): () => PlaygroundOnPhone {
  return fileFixture(
    () => openPlaygroundOnPhone(options),
    (opened) => opened.close(),
  );
}

/** What it started is stopped again if it fails; `close` closes the browser before the playground. */
async function openPlaygroundOnPhone(
  options: TestPlaygroundOptions,
): Promise<PlaygroundOnPhone & { close(): Promise<void> }> {
  const { stop, ...playground } = await startTestPlayground({ ...options, workers: true });
  const browser = await openPhoneBrowser().catch(async (error: unknown) => {
    await stop().catch(() => {});
    throw error;
  });
  const chat = playgroundPage(browser.page, playground.ctx.translator);
  return {
    ...playground,
    chat,
    async openAs(name) {
      await browser.page.goto(`${playground.baseUrl}/playground`);
      await chat.createPersona(name);
    },
    async close() {
      await browser.close();
      await stop();
    },
  };
}
