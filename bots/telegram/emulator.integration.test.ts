import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonData, Person } from "../../test/fake-telegram/person.js";
import { type Emulator, startEmulator } from "../../test/telegram-end-to-end.js";
import { createTelegramTestContext, type TelegramTestContext } from "./test-context.js";

let test: TelegramTestContext;
let emulator: Emulator;

const t = (language: "ko" | "en", key: string, params?: Record<string, string | number>) =>
  test.app.translator.translate(language, key, params);

beforeAll(async () => {
  test = await createTelegramTestContext();
  emulator = await startEmulator(test);
});

afterAll(async () => {
  await emulator?.stop();
  await test?.cleanup();
});

const person = (id: number, firstName: string, languageCode: string) =>
  new Person(emulator.server, id, firstName, languageCode);

describe("Telegram end to end", () => {
  it("onboards a Korean-speaking person: language button, typed area, interests", async () => {
    const minji = person(7001, "민지", "ko");
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
    const hana = person(7002, "하나", "ko");
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
    const dana = person(7003, "Dana", "en");
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
    const bo = person(7004, "Bo", "en");
    await bo.command("/frobnicate");
    const [help] = await bo.receiveUntil((m) => m.text.startsWith(t("en", "unknown-command")), "help");
    expect(help?.text).toContain(`/help — ${t("en", "cmd-help")}`);
    expect(help?.text).toContain(`/start — ${t("en", "cmd-start")}`);
  });

  it("answers a stale or forged button with help", async () => {
    const bo = person(7005, "Bo", "en");
    await bo.press("a|language|fr");
    const [help] = await bo.receiveUntil((m) => m.text.startsWith(t("en", "stale-button")), "help");
    expect(help?.text).toContain(`/settings — ${t("en", "cmd-settings")}`);
  });

  it("refuses an answer over the field's own limit, in the person's language, and changes nothing", async () => {
    const jiho = person(7006, "지호", "ko");
    await jiho.command("/profile_bio");
    await jiho.receiveUntil((m) => m.text === t("ko", "ask-bio"), "bio question");

    await jiho.say("가".repeat(1001));
    const [refused, askedAgain] = await jiho.receiveUntil((m) => m.text === t("ko", "ask-bio"), "refusal");
    // The bio's own limit, not the longest any field takes.
    expect(refused?.text).toBe(t("ko", "error-text-too-long", { max: 300 }));
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
