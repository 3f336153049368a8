import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp, errorHandler, listen } from "../../runtime/http.js";
import { freePort } from "../../test/net.js";
import { waitFor } from "../../test/wait.js";
import { type FakeUser, textUpdate } from "./fake-telegram.js";
import { startTelegram } from "./start.js";
import { createTelegramTestContext, type TelegramTestContext } from "./test-context.js";
import { TELEGRAM_WEBHOOK_PATH } from "./webhook.js";

// startTelegram as main.ts runs it, against telegram-test-api on 127.0.0.1 as the Bot API.
// In webhook mode the updates are POSTed to our express app the way Telegram would.

const SECRET = "webhook-secret-0123456789";
let server: TelegramServer;

beforeAll(async () => {
  server = new TelegramServer({ host: "127.0.0.1", port: await freePort() });
  await server.start();
});

afterAll(async () => {
  await server?.stop();
});

/** Unread messages the bot sent to one chat, from the emulator's client API. */
async function botMessagesTo(token: string, chatId: number): Promise<{ text: string }[]> {
  const response = await fetch(`${server.config.apiURL}/getUpdates`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token, chatId }),
  });
  const { result } = (await response.json()) as { result: { message: { text: string } }[] };
  return result.map((update) => update.message);
}

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
        TELEGRAM_API_ROOT: server.config.apiURL,
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
    // The emulator keeps what setWebhook received; it has no API to read it back.
    const webhooks = (server as unknown as { webhooks: Record<string, Record<string, unknown>> }).webhooks;
    expect(webhooks[token]).toMatchObject({ url: webhookUrl, secret_token: SECRET });
  });

  it("refuses requests without the right secret and handles nothing of them", async () => {
    const eun: FakeUser = { id: 8001, firstName: "Eun", languageCode: "en" };
    const update = textUpdate(eun, "/help");

    expect((await deliver(update, "wrong-secret-0123456789")).status).toBe(401);
    expect((await deliver(update)).status).toBe(401);
    expect(await botMessagesTo(token, eun.id)).toEqual([]);
    expect(await test.app.redis.exists(`${test.app.queuePrefix}:telegram-update:${update.update_id}`)).toBe(
      0,
    );

    expect((await deliver(update, SECRET)).status).toBe(200);
    const messages = await botMessagesTo(token, eun.id);
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
    expect(await botMessagesTo(token, kai.id)).toHaveLength(1);
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
    await startTelegram(
      test.app,
      { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: server.config.apiURL },
      app,
    );
  });

  afterAll(async () => {
    // Runs the shutdown path, which stops polling; a bot that did not stop would hang here.
    await test?.cleanup();
  });

  it("answers what a person sends", async () => {
    const client = server.getClient(token, { userId: 8101, chatId: 8101, firstName: "Lee" });
    await client.sendCommand(client.makeCommand("/help", { from: { language_code: "en" } }));
    const messages = await waitFor("the help reply", async () => {
      const received = await botMessagesTo(token, 8101);
      return received.length > 0 ? received : undefined;
    });
    expect(messages[0]?.text).toContain(test.app.translator.translate("en", "help-intro"));
  });
});
