import type { Bot } from "grammy";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "../../test/wait.js";
import { createTelegramBot } from "./bot.js";
import type { TelegramContext } from "./context.js";
import { createTelegramTestContext, freePort, type TelegramTestContext } from "./test-context.js";

// End to end over real HTTP: the bot long-polls telegram-test-api (a Bot API emulator on
// 127.0.0.1) and the emulator's client plays the person. The emulator has no locations or
// photos; bot.integration.test.ts covers those.

const TOKEN = "123456:emulated-token";
let test: TelegramTestContext;
let server: TelegramServer;
let bot: Bot<TelegramContext>;

/** What the bot sent, as the emulator stored it. */
interface BotMessage {
  chat_id: number | string;
  text: string;
  reply_markup?: {
    inline_keyboard?: { text: string; callback_data: string }[][];
    keyboard?: { text: string; request_location?: boolean }[][];
    remove_keyboard?: boolean;
  };
}

/** One person in a private chat with the bot, through the emulator's client API. */
class Person {
  private readonly client;
  private readonly inbox: BotMessage[] = [];

  constructor(
    readonly id: number,
    firstName: string,
    private readonly languageCode: string,
  ) {
    this.client = server.getClient(TOKEN, { userId: id, chatId: id, firstName });
  }

  private get extras() {
    return { from: { language_code: this.languageCode } };
  }

  async command(text: string) {
    await this.client.sendCommand(this.client.makeCommand(text, this.extras));
  }

  async say(text: string) {
    await this.client.sendMessage(this.client.makeMessage(text, this.extras));
  }

  async press(data: string) {
    await this.client.sendCallback(this.client.makeCallbackQuery(data, this.extras));
  }

  /** The bot's messages up to and including the first one that `last` recognizes. */
  receiveUntil(last: (message: BotMessage) => boolean, what: string): Promise<BotMessage[]> {
    return waitFor(what, async () => {
      const response = await fetch(`${server.config.apiURL}/getUpdates`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: TOKEN, chatId: this.id }),
      });
      const { result } = (await response.json()) as { result: { message: BotMessage }[] };
      this.inbox.push(...result.map((update) => update.message));
      const index = this.inbox.findIndex(last);
      return index === -1 ? undefined : this.inbox.splice(0, index + 1);
    });
  }
}

function buttonData(message: BotMessage | undefined, label: string): string {
  const button = message?.reply_markup?.inline_keyboard?.flat().find((candidate) => candidate.text === label);
  if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(message)}`);
  return button.callback_data;
}

const t = (language: "ko" | "en", key: string, params?: Record<string, string | number>) =>
  test.app.translator.translate(language, key, params);

beforeAll(async () => {
  test = await createTelegramTestContext();
  server = new TelegramServer({ host: "127.0.0.1", port: await freePort() });
  await server.start();
  bot = createTelegramBot(test.app, { token: TOKEN, apiRoot: server.config.apiURL });
  // Telegram holds an empty getUpdates open (long polling); the emulator answers at once, so
  // without a short pause the polling loop would spin and starve the test of CPU.
  bot.api.config.use(async (prev, method, payload, signal) => {
    const response = await prev(method, payload, signal);
    if (
      method === "getUpdates" &&
      response.ok &&
      Array.isArray(response.result) &&
      response.result.length === 0
    ) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return response;
  });
  await new Promise<void>((resolve, reject) => {
    bot.start({ onStart: () => resolve() }).catch(reject);
  });
});

afterAll(async () => {
  await bot?.stop();
  await server?.stop();
  await test?.cleanup();
});

describe("Telegram end to end", () => {
  it("onboards a Korean-speaking person: language button, typed area, interests", async () => {
    const minji = new Person(7001, "민지", "ko");
    await minji.command("/start");
    const [askLanguage] = await minji.receiveUntil(
      (m) => m.text === t("ko", "ask-language"),
      "language question",
    );
    expect(askLanguage?.text).toContain("어떤 언어로 안내할까요?");

    await minji.press(buttonData(askLanguage, "한국어"));
    const [askArea, orSkip] = await minji.receiveUntil(
      (m) => m.text === t("ko", "telegram-buttons-below"),
      "area question",
    );
    expect(askArea?.text).toBe(t("ko", "ask-area"));
    expect(askArea?.reply_markup?.keyboard).toEqual([
      [{ text: t("ko", "telegram-share-location"), request_location: true }],
    ]);
    expect(buttonData(orSkip, "건너뛰기")).toBe("s|area");

    await minji.say("37.5665, 126.9780 망원동");
    const [askInterests] = await minji.receiveUntil(
      (m) => m.text === t("ko", "telegram-buttons-below"),
      "interests question",
    );
    expect(askInterests?.text).toBe(t("ko", "ask-interests"));
    expect(askInterests?.reply_markup).toEqual({ remove_keyboard: true });

    await minji.say("요리, 러닝");
    const [done, card] = await minji.receiveUntil((m) => m.text.startsWith("👤"), "profile card");
    expect(done?.text).toBe(t("ko", "start-done", { name: "민지" }));
    expect(card?.text).toContain("관심사: #요리 #러닝");
    expect(card?.text).toContain("동네: 망원동");
    expect(card?.text).toContain("언어: 한국어");
    expect(card?.reply_markup?.inline_keyboard?.flat().map((button) => button.text)).toContain("✏️ 동네");

    const user = await test.database.db.user.findFirstOrThrow({
      where: { accounts: { some: { platform: "telegram", externalId: "7001" } } },
    });
    expect(user).toMatchObject({ language: "ko", homeLabel: "망원동", interests: ["요리", "러닝"] });
    expect(user.onboardedAt).not.toBeNull();
  });

  it("switches the language from /settings with a button, and answers in the new one", async () => {
    const hana = new Person(7002, "하나", "ko");
    await hana.command("/settings");
    const [card] = await hana.receiveUntil((m) => m.text.startsWith("⚙️"), "settings card");
    expect(card?.text).toContain("언어: 한국어");

    await hana.press(buttonData(card, "English"));
    const [saved] = await hana.receiveUntil((m) => m.text.startsWith("✅"), "saved settings");
    expect(saved?.text).toContain("Settings changed.");
    expect(saved?.text).toContain("Language: English");
    const account = await test.database.db.account.findFirstOrThrow({
      where: { platform: "telegram", externalId: "7002" },
      include: { user: true },
    });
    expect(account.user.language).toBe("en");
  });

  it("links a Telegram account and a Discord account into one person", async () => {
    const dana = new Person(7003, "Dana", "en");
    await dana.command("/link");
    const [shown] = await dana.receiveUntil((m) => m.text.startsWith("Link code:"), "link code");
    const code = /Link code: (\S+)/.exec(shown?.text ?? "")?.[1];
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const outcome = await test.app.dispatcher.handle(
      { platform: "discord", externalId: "990000000000000001", displayName: "dana#1" },
      { kind: "command", name: "link", text: code ?? "" },
    );
    expect(outcome.replies[0]?.text.key).toBe("link-done");

    const accounts = await test.database.db.account.findMany({
      where: {
        OR: [
          { platform: "telegram", externalId: "7003" },
          { platform: "discord", externalId: "990000000000000001" },
        ],
      },
    });
    expect(accounts).toHaveLength(2);
    expect(new Set(accounts.map((account) => account.userId)).size).toBe(1);
    const notified = await test.database.db.notification.findMany({ where: { userId: accounts[0]?.userId } });
    expect(notified.map((row) => row.messageKey)).toContain("notify-account-linked");
  });

  it("answers an unknown command with the command list", async () => {
    const bo = new Person(7004, "Bo", "en");
    await bo.command("/frobnicate");
    const [help] = await bo.receiveUntil((m) => m.text.startsWith(t("en", "unknown-command")), "help");
    expect(help?.text).toContain(`/help — ${t("en", "cmd-help")}`);
    expect(help?.text).toContain(`/start — ${t("en", "cmd-start")}`);
  });

  it("answers a stale or forged button with help", async () => {
    const bo = new Person(7005, "Bo", "en");
    await bo.press("a|language|fr");
    const [help] = await bo.receiveUntil((m) => m.text.startsWith(t("en", "stale-button")), "help");
    expect(help?.text).toContain(`/settings — ${t("en", "cmd-settings")}`);
  });

  it("refuses an answer over 1000 characters in the person's language and changes nothing", async () => {
    const jiho = new Person(7006, "지호", "ko");
    await jiho.command("/profile_bio");
    await jiho.receiveUntil((m) => m.text === t("ko", "ask-bio"), "bio question");

    await jiho.say("가".repeat(1001));
    const [refused, askedAgain] = await jiho.receiveUntil((m) => m.text === t("ko", "ask-bio"), "refusal");
    expect(refused?.text).toBe(t("ko", "error-text-too-long", { max: 1000 }));
    expect(refused?.text).toContain("너무 길어요");
    expect(askedAgain?.text).toBe(t("ko", "ask-bio"));
    const account = await test.database.db.account.findFirstOrThrow({
      where: { platform: "telegram", externalId: "7006" },
      include: { user: true },
    });
    expect(account.user.bio).toBe("");

    // The question is still open: a fitting answer is taken.
    await jiho.say("혼자 사는 개발자예요.");
    const [saved, card] = await jiho.receiveUntil((m) => m.text.startsWith("👤"), "saved profile");
    expect(saved?.text).toBe(t("ko", "profile-saved"));
    expect(card?.text).toContain("자기소개: 혼자 사는 개발자예요.");
  });
});
