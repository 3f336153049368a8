import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dispatcher } from "../../conversation/dispatcher.js";
import type { ApiCall } from "../../test/fake-telegram/answers.js";
import { recordingBot } from "../../test/fake-telegram/in-process.js";
import {
  callbackUpdate,
  type FakeUser,
  locationUpdate,
  nextUpdateId,
  photoUpdate,
  textUpdate,
} from "../../test/fake-telegram/updates.js";
import { capturingLogger } from "../../test/logger.js";
import { createTelegramTestContext, type TelegramTestContext } from "./test-context.js";

// The grammY-level paths the emulator cannot show (shared locations, reply keyboards, a handler
// that throws), fed through bot.handleUpdate with an API that records instead of sending.

const captured = capturingLogger();
let test: TelegramTestContext;

beforeAll(async () => {
  test = await createTelegramTestContext(captured.logger);
});

afterAll(async () => {
  await test?.cleanup();
});

const botWith = (dispatcher: Dispatcher = test.app.dispatcher) => recordingBot({ ...test.app, dispatcher });

const sent = (calls: ApiCall[], from = 0) =>
  calls
    .slice(from)
    .filter((call) => call.method === "sendMessage")
    .map((call) => call.payload);
const t = (language: "ko" | "en", key: string, params?: Record<string, string | number>) =>
  test.app.translator.translate(language, key, params);

function buttonData(payload: Record<string, unknown> | undefined, label: string): string {
  const keyboard = (
    payload?.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] }
  )?.inline_keyboard;
  const button = keyboard?.flat().find((candidate) => candidate.text === label);
  if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(payload)}`);
  return button.callback_data;
}

describe("a shared location", () => {
  const minji: FakeUser = { id: 5001, firstName: "민지", languageCode: "ko" };

  it("answers the area question, which came with a share-location keyboard", async () => {
    const { bot, calls } = botWith();
    await bot.handleUpdate(textUpdate(minji, "/start"));
    const [language] = sent(calls);
    expect(language?.text).toBe(t("ko", "ask-language"));

    let mark = calls.length;
    await bot.handleUpdate(callbackUpdate(minji, buttonData(language, "한국어")));
    expect(calls.slice(mark).map((call) => call.method)).toEqual([
      "sendMessage",
      "sendMessage",
      "answerCallbackQuery",
    ]);
    const [area, skip] = sent(calls, mark);
    expect(area).toMatchObject({
      chat_id: minji.id,
      text: t("ko", "ask-area"),
      reply_markup: {
        keyboard: [[{ text: t("ko", "telegram-share-location"), request_location: true }]],
        one_time_keyboard: true,
      },
    });
    expect(buttonData(skip, t("ko", "button-skip"))).toBe("s|area");

    mark = calls.length;
    await bot.handleUpdate(locationUpdate(minji, 37.5665, 126.978));
    const [interests] = sent(calls, mark);
    expect(interests).toMatchObject({
      text: t("ko", "ask-interests"),
      reply_markup: { remove_keyboard: true },
    });

    mark = calls.length;
    await bot.handleUpdate(callbackUpdate(minji, "s|interests"));
    expect(sent(calls, mark).map((payload) => payload.text)).toEqual([
      t("ko", "start-done", { name: "민지" }),
      expect.stringContaining("👤 민지"),
    ]);
    const user = await test.database.db.user.findFirstOrThrow({
      where: { accounts: { some: { platform: "telegram", externalId: String(minji.id) } } },
    });
    expect(user.onboardedAt).not.toBeNull();
    expect(Math.abs((user.homeLat ?? 0) - 37.5665)).toBeLessThan(0.005);
    expect(Math.abs((user.homeLng ?? 0) - 126.978)).toBeLessThan(0.007);
  });
});

describe("photos", () => {
  const sora: FakeUser = { id: 5004, firstName: "소라", languageCode: "ko" };

  it("keeps the largest size of each photo sent to the photos question", async () => {
    const { bot, calls } = botWith();
    for (const answer of ["/sell", "선풍기", "여름에만 썼어요", "2만"])
      await bot.handleUpdate(textUpdate(sora, answer));
    const category = sent(calls).at(-1);
    await bot.handleUpdate(callbackUpdate(sora, buttonData(category, "가전")));
    await bot.handleUpdate(callbackUpdate(sora, buttonData(sent(calls).at(-1), "사용감 적음")));
    expect(sent(calls).at(-1)?.text).toBe(t("ko", "ask-photos"));

    await bot.handleUpdate(photoUpdate(sora, "fan"));
    expect(sent(calls).at(-1)?.text).toBe(t("ko", "photo-received", { count: 1, max: 5 }));
    await bot.handleUpdate(callbackUpdate(sora, buttonData(sent(calls).at(-1), "완료")));
    await bot.handleUpdate(textUpdate(sora, "37.5563, 126.9220 망원"));

    const photo = calls.find((call) => call.method === "sendPhoto");
    expect(photo?.payload).toMatchObject({ chat_id: sora.id, photo: "fan-large" });
    const row = await test.database.db.itemPhoto.findFirstOrThrow({ where: { ref: "fan-large" } });
    expect(row.platform).toBe("telegram");
  });
});

describe("the error boundary", () => {
  const joon: FakeUser = { id: 5002, firstName: "Joon", languageCode: "en" };

  it("logs a failing update with its id, tells the person, and handles the next update", async () => {
    let failures = 1;
    const flaky: Dispatcher = {
      ...test.app.dispatcher,
      async handle(identity, input) {
        if (failures-- > 0) throw new Error("dispatcher exploded");
        return test.app.dispatcher.handle(identity, input);
      },
    };
    const { bot, calls } = botWith(flaky);
    const failing = textUpdate(joon, "/help");

    await bot.handleUpdate(failing);
    expect(sent(calls).map((payload) => payload.text)).toEqual([t("en", "error-unexpected")]);
    const logged = captured.records.find((record) => record.msg === "update failed");
    expect(logged).toMatchObject({
      level: 50,
      update_id: failing.update_id,
      err: { message: "dispatcher exploded" },
    });
    expect(await test.app.metrics.updateFailures.get()).toMatchObject({
      values: [{ labels: { platform: "telegram" }, value: 1 }],
    });

    await bot.handleUpdate(textUpdate(joon, "/help"));
    expect(sent(calls)[1]?.text).toContain(t("en", "help-intro"));
  });

  it("still answers the callback query when handling the press fails", async () => {
    const broken: Dispatcher = {
      ...test.app.dispatcher,
      async handle() {
        throw new Error("dispatcher exploded");
      },
    };
    const { bot, calls } = botWith(broken);
    const press = callbackUpdate(joon, "c|help|");
    await bot.handleUpdate(press);
    expect(calls.map((call) => call.method).sort()).toEqual(["answerCallbackQuery", "sendMessage"]);
    expect(calls.find((call) => call.method === "answerCallbackQuery")?.payload).toEqual({
      callback_query_id: press.callback_query?.id,
    });
  });
});

describe("the adapter around the dispatcher", () => {
  const ara: FakeUser = { id: 5003, firstName: "Ara", languageCode: "en" };

  it("handles an update delivered twice once", async () => {
    const { bot, calls } = botWith();
    const update = textUpdate(ara, "/help");
    await bot.handleUpdate(update);
    await bot.handleUpdate(update);
    expect(sent(calls)).toHaveLength(1);
  });

  it("answers a forged button with help and answers the callback query", async () => {
    const { bot, calls } = botWith();
    await bot.handleUpdate(callbackUpdate(ara, "a|language|fr"));
    expect(sent(calls)[0]?.text).toContain(t("en", "stale-button"));
    expect(calls.map((call) => call.method)).toContain("answerCallbackQuery");
  });

  it("counts updates by kind and never logs what people write", async () => {
    const { bot } = botWith();
    const before = (await test.app.metrics.updatesHandled.get()).values.find(
      (value) => value.labels.kind === "text",
    )?.value;
    await bot.handleUpdate(textUpdate(ara, "my secret diary entry 8841"));
    const after = (await test.app.metrics.updatesHandled.get()).values.find(
      (value) => value.labels.kind === "text",
    );
    expect(after?.value).toBe((before ?? 0) + 1);
    expect(captured.lines.length).toBeGreaterThan(0);
    expect(captured.lines.join("\n")).not.toContain("8841");
  });

  it("ignores updates that have no route, counting them", async () => {
    const { bot, calls } = botWith();
    const { message } = textUpdate(ara, "an edit");
    await bot.handleUpdate({ update_id: nextUpdateId(), edited_message: message } as Update);
    expect(calls).toEqual([]);
    const ignored = (await test.app.metrics.updatesHandled.get()).values.find(
      (value) => value.labels.kind === "ignored",
    );
    expect(ignored?.value).toBeGreaterThanOrEqual(1);
  });
});
