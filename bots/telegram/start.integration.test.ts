import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp, errorHandler, listen } from "../../runtime/http.js";
import { Person } from "../../test/fake-telegram/person.js";
import { type FakeTelegram, startFakeTelegram } from "../../test/fake-telegram/server.js";
import { type FakeUser, textUpdate } from "../../test/fake-telegram/updates.js";
import { startTelegram } from "./start.js";
import { createTelegramTestContext, type TelegramTestContext } from "./test-context.js";
import { TELEGRAM_WEBHOOK_PATH } from "./webhook.js";

// startTelegram as main.ts runs it, against the fake Telegram on 127.0.0.1 as the Bot API.
// In webhook mode the updates are POSTed to our express app the way Telegram would.

const SECRET = "webhook-secret-0123456789";
let server: FakeTelegram;

beforeAll(async () => {
  server = await startFakeTelegram();
});

afterAll(async () => {
  await server?.close();
});

describe("webhook mode", () => {
  const token = "111:webhook-token";
  let test: TelegramTestContext;
  let webhookUrl: string;

  beforeAll(async () => {
    test = await createTelegramTestContext();
    const { app: ctx } = test;
    const app = createHttpApp({
      logger: ctx.logger,
      metrics: ctx.metrics,
      metricsToken: undefined,
      readiness: {},
    });
    const http = await listen(app, "127.0.0.1", 0, ctx.shutdown);
    webhookUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}${TELEGRAM_WEBHOOK_PATH}`;
    await startTelegram(
      ctx,
      {
        TELEGRAM_BOT_TOKEN: token,
        TELEGRAM_API_ROOT: server.apiRoot,
        TELEGRAM_WEBHOOK_URL: webhookUrl,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
      },
      app,
    );
    app.use(errorHandler(ctx.logger));
  });

  afterAll(async () => {
    await test?.cleanup();
  });

  const deliver = (update: Update, secret?: string) =>
    fetch(webhookUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(secret ? { "X-Telegram-Bot-Api-Secret-Token": secret } : {}),
      },
      body: JSON.stringify(update),
    });

  it("tells Telegram the URL and the secret", () => {
    const set = server.calls.find((call) => call.method === "setWebhook" && call.token === token);
    expect(set?.payload).toMatchObject({ url: webhookUrl, secret_token: SECRET });
  });

  it("refuses requests without the right secret and handles nothing of them", async () => {
    const eun: FakeUser = { id: 8001, firstName: "Eun", languageCode: "en" };
    const update = textUpdate(eun, "/help");

    expect((await deliver(update, "wrong-secret-0123456789")).status).toBe(401);
    expect((await deliver(update)).status).toBe(401);
    expect(server.unreadMessages(eun.id)).toEqual([]);
    expect(await test.app.redis.exists(`${test.app.queuePrefix}:telegram-update:${update.update_id}`)).toBe(
      0,
    );

    expect((await deliver(update, SECRET)).status).toBe(200);
    const messages = server.unreadMessages(eun.id);
    expect(messages.map((message) => message.text)).toEqual([
      expect.stringContaining(test.app.translator.translate("en", "help-intro")),
    ]);
  });

  it("handles an update delivered twice once", async () => {
    const kai: FakeUser = { id: 8002, firstName: "Kai", languageCode: "ko" };
    const update = textUpdate(kai, "/help");
    expect((await deliver(update, SECRET)).status).toBe(200);
    expect((await deliver(update, SECRET)).status).toBe(200);
    // Each response waits until its update is handled, so nothing more can still arrive.
    expect(server.unreadMessages(kai.id)).toHaveLength(1);
  });
});

describe("polling mode", () => {
  const token = "222:polling-token";
  let test: TelegramTestContext;

  beforeAll(async () => {
    test = await createTelegramTestContext();
    const app = createHttpApp({
      logger: test.app.logger,
      metrics: test.app.metrics,
      metricsToken: undefined,
      readiness: {},
    });
    await startTelegram(test.app, { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: server.apiRoot }, app);
  });

  afterAll(async () => {
    // Runs the shutdown path, which stops polling; a bot that did not stop would hang here.
    await test?.cleanup();
  });

  it("answers what a person sends", async () => {
    const lee = new Person(server, 8101, "Lee", "en");
    await lee.command("/help");
    const [reply] = await lee.receiveUntil(() => true, "the help reply");
    expect(reply?.text).toContain(test.app.translator.translate("en", "help-intro"));
  });
});
