import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { skipAction } from "../../core/actions/codec.js";
import { actions } from "../../core/actions/table.js";
import { queueNotification } from "../../core/notifications/mutations.js";
import type { NewNotification } from "../../core/notifications/types.js";
import { createTranslator } from "../../i18n/translator.js";
import { type FakeTelegram, startFakeTelegram } from "../../test/fake-telegram/server.js";
import { waitFor } from "../../test/wait.js";
import { deliverJobId, keyedJobOptions } from "../jobs.js";
import { createPerson, notificationRow, notify, startTestWorkers } from "../test-harness.js";
import { relayOutbox } from "./relay.js";

const TOKEN = "123456:TEST-token";

let telegram: FakeTelegram;
let harness: Awaited<ReturnType<typeof startTestWorkers>>;

beforeAll(async () => {
  telegram = await startFakeTelegram();
  harness = await startTestWorkers({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot });
});

afterAll(async () => {
  await harness?.stop();
  await telegram?.close();
});

async function personOnTelegram(chatId: string) {
  return createPerson(harness.db, { platform: "telegram", externalId: chatId, chatId, language: "ko" });
}

function queue(notification: NewNotification) {
  return harness.db.$transaction((tx) => queueNotification(tx, notification));
}

async function rowStatusIs(id: string, status: string) {
  return (await notificationRow(harness.db, id)).status === status;
}

describe("telegram delivery", () => {
  it("delivers an outbox notification once, in the person's language, despite repeated relays and adds", async () => {
    const userId = await personOnTelegram("1001");
    const id = await notify(harness.db, userId, "notify-account-linked", { platform: "discord" });
    const relay = {
      db: harness.db,
      queue: harness.queue,
      deliverOptions: keyedJobOptions({ attempts: 3, firstRetryDelayMs: 50 }),
    };

    // Racing the scheduled relay with two manual ones and a direct add of the same job.
    await Promise.all([relayOutbox(relay), relayOutbox(relay)]);
    await harness.queue.add("deliver-notification", { notificationId: id }, { jobId: deliverJobId(id) });
    await waitFor("the row to be sent", () => rowStatusIs(id, "sent"));

    const expected = createTranslator().translate("ko", "notify-account-linked", { platform: "discord" });
    expect(expected).toContain("연결되었어요");
    expect(telegram.callsTo("1001").map((call) => call.text)).toEqual([expected]);
    expect(telegram.callsTo("1001")[0]?.token).toBe(TOKEN);
    const row = await notificationRow(harness.db, id);
    expect(row).toMatchObject({
      deliveredTo: "telegram",
      attempts: 1,
      lastError: null,
      params: { platform: "discord" },
    });
    expect(row.enqueuedAt).not.toBeNull();

    // Once done, adding the job again is a no-op: the finished job id is still kept.
    await relayOutbox(relay);
    await harness.queue.add("deliver-notification", { notificationId: id }, { jobId: deliverJobId(id) });
    expect(await harness.queue.getJobState(deliverJobId(id))).toBe("completed");
    expect(telegram.callsTo("1001")).toHaveLength(1);
  });

  it("honours a 429's retry_after by pausing the queue, then delivers once", async () => {
    const userId = await personOnTelegram("1002");
    telegram.fail("429", { chatId: "1002" });
    const id = await notify(harness.db, userId, "notify-account-linked", { platform: "discord" });
    await waitFor("the row to be sent", () => rowStatusIs(id, "sent"));

    const [limited, accepted] = telegram.callsTo("1002");
    expect(limited?.status).toBe(429);
    expect(accepted?.status).toBe(200);
    expect((accepted?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(telegram.callsTo("1002")).toHaveLength(2);
    // Being told to wait is not a failed try.
    expect(await notificationRow(harness.db, id)).toMatchObject({ attempts: 1, lastError: null });
  });

  it("gives up at once when the person blocked the bot (403)", async () => {
    const userId = await personOnTelegram("1003");
    telegram.fail("403", { chatId: "1003" });
    const id = await notify(harness.db, userId, "notify-account-linked", { platform: "discord" });
    await waitFor("the row to be failed", () => rowStatusIs(id, "failed"));

    const row = await notificationRow(harness.db, id);
    expect(row.lastError).toBe("telegram 403: Forbidden: bot was blocked by the user");
    expect(row.attempts).toBe(1);
    expect(row.failedAt).not.toBeNull();
    expect(telegram.callsTo("1003")).toHaveLength(1);
    const job = await harness.queue.getJob(deliverJobId(id));
    expect(job?.attemptsMade).toBe(1);
    expect(await job?.getState()).toBe("failed");
  });

  it("retries a server error with backoff and marks the row failed after the last attempt", async () => {
    const userId = await personOnTelegram("1004");
    telegram.fail("500", { chatId: "1004", times: Number.POSITIVE_INFINITY });
    const id = await notify(harness.db, userId, "notify-account-linked", { platform: "discord" });
    await waitFor("the row to be failed", () => rowStatusIs(id, "failed"));

    const row = await notificationRow(harness.db, id);
    expect(row.attempts).toBe(3);
    expect(row.lastError).toBe("telegram 500: Internal Server Error");
    expect(telegram.callsTo("1004")).toHaveLength(3);
  });

  it("paces two messages to the same chat about a second apart", async () => {
    const userId = await personOnTelegram("1005");
    const first = await notify(harness.db, userId, "notify-account-linked", { platform: "discord" });
    const second = await notify(harness.db, userId, "notify-account-linked", { platform: "telegram" });
    await waitFor(
      "both rows to be sent",
      async () => (await rowStatusIs(first, "sent")) && rowStatusIs(second, "sent"),
    );

    const [a, b] = telegram.callsTo("1005");
    expect(telegram.callsTo("1005")).toHaveLength(2);
    expect((b?.at ?? 0) - (a?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it("sends buttons as an inline keyboard, labels in the person's language", async () => {
    const userId = await personOnTelegram("1006");
    const skip = skipAction("bio");
    const help = actions.help();
    const id = await queue({
      userId,
      messageKey: "notify-account-linked",
      params: { platform: "discord" },
      buttons: [
        [{ label: { key: "button-skip" }, action: skip }],
        [{ label: { key: "platform-name", params: { platform: "discord" } }, action: help }],
      ],
    });
    await waitFor("the row to be sent", () => rowStatusIs(id, "sent"));

    const { translate } = createTranslator();
    expect(telegram.callsTo("1006")[0]?.replyMarkup).toEqual({
      inline_keyboard: [
        [{ text: translate("ko", "button-skip"), callback_data: skip }],
        [{ text: translate("ko", "platform-name", { platform: "discord" }), callback_data: help }],
      ],
    });
  });

  it("erases an ephemeral row's params once it is sent and once it is given up", async () => {
    // Any message that shows its parameter will do to stand for a relayed chat message.
    const words = { name: "오늘 저녁에 받을 수 있을까요?" };
    const [reachable, blocked] = await Promise.all([personOnTelegram("1007"), personOnTelegram("1008")]);
    telegram.fail("403", { chatId: "1008" });
    const sent = await queue({ userId: reachable, messageKey: "start-done", params: words, ephemeral: true });
    const failed = await queue({ userId: blocked, messageKey: "start-done", params: words, ephemeral: true });
    await waitFor(
      "both rows to be settled",
      async () => (await rowStatusIs(sent, "sent")) && rowStatusIs(failed, "failed"),
    );

    expect(telegram.callsTo("1007")[0]?.text).toContain(words.name);
    expect(await notificationRow(harness.db, sent)).toMatchObject({ status: "sent", params: {} });
    expect(await notificationRow(harness.db, failed)).toMatchObject({ status: "failed", params: {} });
  });
});
