import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

// A tiny stand-in for the Telegram Bot API's sendMessage, editMessageText and getMe, over real
// HTTP on 127.0.0.1, so the worker's real grammY client, timeouts and error parsing are exercised.

export const FAKE_BOT_USERNAME = "honjok_fake_bot";

export interface TelegramCall {
  method: "sendMessage" | "editMessageText";
  token: string;
  /** The message sent, or the one edited. */
  messageId: number;
  chatId: string;
  text: string;
  /** The inline keyboard or other markup sent with the message, as Telegram received it. */
  replyMarkup: unknown;
  at: number;
  /** The HTTP status this call was answered with. */
  status: number;
}

export type TelegramFailure = "429" | "403" | "500";

const failures: Record<TelegramFailure, { status: number; body: object }> = {
  "429": {
    status: 429,
    body: {
      ok: false,
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    },
  },
  "403": {
    status: 403,
    body: { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
  },
  "500": { status: 500, body: { ok: false, error_code: 500, description: "Internal Server Error" } },
};

interface Rule {
  failure: TelegramFailure;
  chatId: string | undefined;
  remaining: number;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let body = "";
  for await (const chunk of req) body += chunk;
  return body ? (JSON.parse(body) as Record<string, unknown>) : {};
}

export async function startFakeTelegram() {
  const calls: TelegramCall[] = [];
  const rules: Rule[] = [];
  const beforeAnswers: (() => Promise<void>)[] = [];
  let messageId = 0;

  const server = createServer(async (req, res) => {
    const respond = (status: number, body: object) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const match = /^\/bot([^/]+)\/(sendMessage|editMessageText|getMe)$/.exec(req.url ?? "");
    const [, token, method] = match ?? [];
    if (req.method !== "POST" || !token || !method) {
      return respond(404, { ok: false, error_code: 404, description: "Not Found" });
    }
    if (method === "getMe") {
      return respond(200, {
        ok: true,
        result: { id: 1, is_bot: true, first_name: "honjok", username: FAKE_BOT_USERNAME },
      });
    }
    const payload = await readJson(req);
    const chatId = String(payload.chat_id);
    const sentId = method === "sendMessage" ? ++messageId : Number(payload.message_id);
    const rule = rules.find((r) => r.remaining > 0 && (r.chatId === undefined || r.chatId === chatId));
    const answer = rule
      ? failures[rule.failure]
      : {
          status: 200,
          body: {
            ok: true,
            result: {
              message_id: sentId,
              date: Math.floor(Date.now() / 1000),
              chat: { id: Number(chatId), type: "private" },
              text: payload.text,
            },
          },
        };
    if (rule) rule.remaining -= 1;
    await beforeAnswers.shift()?.();
    calls.push({
      method: method as TelegramCall["method"],
      token,
      messageId: sentId,
      chatId,
      text: String(payload.text),
      replyMarkup: payload.reply_markup,
      at: Date.now(),
      status: answer.status,
    });
    respond(answer.status, answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    callsTo: (chatId: string) => calls.filter((call) => call.chatId === chatId),
    /** Runs `act` once the next call is taken and before it is answered (to make trouble in between). */
    beforeAnswering(act: () => Promise<void>) {
      beforeAnswers.push(act);
    },
    /** Answers the next `times` calls (to `chatId`, if given) with this failure. */
    fail(failure: TelegramFailure, options: { chatId?: string; times?: number } = {}) {
      rules.push({ failure, chatId: options.chatId, remaining: options.times ?? 1 });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;
