import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dispatcher } from "../../conversation/dispatcher.js";
import { createHttpApp, errorHandler, listen } from "../../runtime/http.js";
import type { ApiCall } from "../../test/fake-telegram/answers.js";
import { recordingBot } from "../../test/fake-telegram/in-process.js";
import { type FakeUser, textUpdate } from "../../test/fake-telegram/updates.js";
import { capturingLogger } from "../../test/logger.js";
import { type DatabaseProxy, type OwnRedis, startDatabaseProxy, startOwnRedis } from "../../test/outages.js";
import { waitFor } from "../../test/wait.js";
import { createTelegramTestContext, type TelegramTestContext } from "./test-context.js";
import { updateKey } from "./update-dedupe.js";
import { mountTelegramWebhook, TELEGRAM_WEBHOOK_PATH } from "./webhook.js";

// The webhook over real HTTP, on a Redis of this file's own (stopped for an outage) and a
// PostgreSQL behind a proxy it cuts. Replies are recorded by an API transformer, so what the bot
// would have sent (and whether it sent the generic error) can be read.

const SECRET = "webhook-secret-0123456789";
const captured = capturingLogger();
let redis: OwnRedis;
let proxy: DatabaseProxy;
let test: TelegramTestContext;
let webhookUrl: string;
let calls: ApiCall[];
/** Runs before the dispatcher handles a person's update: where a test makes trouble mid-update. */
const beforeHandling = new Map<string, () => Promise<void>>();

beforeAll(async () => {
  redis = await startOwnRedis();
  proxy = await startDatabaseProxy();
  test = await createTelegramTestContext(captured.logger, { redisUrl: redis.url, databasePort: proxy.port });
  const { app: ctx } = test;
  const dispatcher: Dispatcher = {
    ...ctx.dispatcher,
    async handle(identity, input) {
      await beforeHandling.get(identity.externalId)?.();
      return ctx.dispatcher.handle(identity, input);
    },
  };
  const { bot, calls: recorded } = recordingBot({ ...ctx, dispatcher }, { webhook: true });
  calls = recorded;
  const app = createHttpApp({
    logger: ctx.logger,
    metrics: ctx.metrics,
    metricsToken: undefined,
    readiness: {},
  });
  mountTelegramWebhook(app, bot, SECRET, ctx.logger);
  app.use(errorHandler(ctx.logger));
  const server = await listen(app, "127.0.0.1", 0, ctx.shutdown);
  webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${TELEGRAM_WEBHOOK_PATH}`;
});

afterAll(async () => {
  await test?.cleanup();
  await proxy?.close();
  await redis?.stop();
});

/** Posts an update (or raw text) as Telegram would; `secret: null` sends no secret header. */
function deliver(body: Update | string, secret: string | null = SECRET) {
  return fetch(webhookUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret ? { "X-Telegram-Bot-Api-Secret-Token": secret } : {}),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const textsTo = (user: FakeUser) =>
  calls
    .filter((call) => call.method === "sendMessage" && call.payload.chat_id === user.id)
    .map((call) => String(call.payload.text));
const t = (key: string) => test.app.translator.translate("en", key);

describe("what reaches the webhook", () => {
  const eun: FakeUser = { id: 9001, firstName: "Eun", languageCode: "en" };

  it("checks the secret before reading the body: a wrong or missing one is 401 whatever follows", async () => {
    expect((await deliver("{ not json", "wrong-secret-0123456789")).status).toBe(401);
    expect((await deliver("{ not json", null)).status).toBe(401);
    expect((await deliver(`{"x":"${"a".repeat(300_000)}"}`, "wrong-secret-0123456789")).status).toBe(401);
    expect((await deliver(textUpdate(eun, "/help"), "wrong-secret-0123456789")).status).toBe(401);
    expect(textsTo(eun)).toEqual([]);
  });

  it("refuses bad JSON with 400 and an oversized body with 413, logging neither body", async () => {
    const before = captured.lines.length;
    const bad = await deliver('{"update_id": 1, "message": "secret-diary-7731"');
    expect(bad.status).toBe(400);
    const huge = await deliver(JSON.stringify({ update_id: 2, message: { text: "x".repeat(300_000) } }));
    expect(huge.status).toBe(413);
    expect(captured.lines.slice(before).join("\n")).not.toContain("secret-diary-7731");
    expect(captured.lines.slice(before).join("\n")).not.toContain("xxxxxxxx");
  });

  it("refuses an update without a numeric update_id, and keys nothing under it", async () => {
    const { update_id: _id, ...withoutId } = textUpdate(eun, "/help");
    expect((await deliver(JSON.stringify(withoutId))).status).toBe(400);
    expect((await deliver(JSON.stringify({ ...withoutId, update_id: "12" }))).status).toBe(400);
    expect(await test.app.redis.exists(`${test.app.queuePrefix}:telegram-update:undefined`)).toBe(0);
    expect(textsTo(eun)).toEqual([]);
  });
});

describe("an outage in the middle of an update", () => {
  it("PostgreSQL gone: 503 and no word to the person; once it is back the update is handled, and only once", async () => {
    const kai: FakeUser = { id: 9002, firstName: "Kai", languageCode: "en" };
    const update = textUpdate(kai, "/help");
    beforeHandling.set(String(kai.id), () => proxy.cut());
    try {
      expect((await deliver(update)).status).toBe(503);
    } finally {
      beforeHandling.delete(String(kai.id));
      await proxy.restore();
    }
    expect(textsTo(kai)).toEqual([]);
    // The claim was given up, so Telegram's redelivery is handled.
    expect(await test.app.redis.exists(updateKey(test.app.queuePrefix, update.update_id))).toBe(0);

    expect((await deliver(update)).status).toBe(200);
    expect((await deliver(update)).status).toBe(200);
    const texts = textsTo(kai);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain(t("help-intro"));
    expect(texts).not.toContain(t("error-unexpected"));
  });

  it("Redis gone: 503 and no word to the person; once it is back the update is handled, and only once", async () => {
    const ara: FakeUser = { id: 9003, firstName: "Ara", languageCode: "en" };
    const update = textUpdate(ara, "/help");
    await redis.stop();
    try {
      expect((await deliver(update)).status).toBe(503);
    } finally {
      await redis.start();
    }
    expect(textsTo(ara)).toEqual([]);

    // Telegram delivers again until it gets a 200; ioredis reconnects after a pause of its own.
    await waitFor("a redelivery to be accepted", async () => (await deliver(update)).status === 200);
    expect((await deliver(update)).status).toBe(200);
    const texts = textsTo(ara);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain(t("help-intro"));
  });

  it("a delivery that arrives while the first is still being handled is told to come back (503)", async () => {
    const joon: FakeUser = { id: 9004, firstName: "Joon", languageCode: "en" };
    const update = textUpdate(joon, "/help");
    let finish = () => {};
    const held = new Promise<void>((resolve) => {
      finish = resolve;
    });
    beforeHandling.set(String(joon.id), () => held);
    const first = deliver(update);
    await waitFor("the first delivery to claim the update", async () =>
      test.app.redis.exists(updateKey(test.app.queuePrefix, update.update_id)),
    );
    expect((await deliver(update)).status).toBe(503);
    finish();
    expect((await first).status).toBe(200);
    beforeHandling.delete(String(joon.id));
    expect((await deliver(update)).status).toBe(200);
    expect(textsTo(joon)).toHaveLength(1);
  });
});

describe("a bug", () => {
  it("gets the generic error and a 200, since delivering it again would fail the same way", async () => {
    const sora: FakeUser = { id: 9005, firstName: "Sora", languageCode: "en" };
    const update = textUpdate(sora, "/help");
    beforeHandling.set(String(sora.id), async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'id')");
    });
    try {
      expect((await deliver(update)).status).toBe(200);
      expect((await deliver(update)).status).toBe(200);
    } finally {
      beforeHandling.delete(String(sora.id));
    }
    expect(textsTo(sora)).toEqual([t("error-unexpected")]);
  });
});
