// The fake Telegram inside the bot's own process: an API transformer that answers every call at
// once, for tests and benchmarks that feed bot.handleUpdate themselves. Nothing is sent.
import type { Api, Bot } from "grammy";
import { createTelegramBot } from "../../bots/telegram/bot.js";
import type { TelegramContext } from "../../bots/telegram/context.js";
import type { AppContext } from "../../runtime/context.js";
import { type ApiCall, botApiAnswers, type ChatAdmins, testBotInfo } from "./answers.js";

function answerAtOnce(api: Api, admins: ChatAdmins, calls?: ApiCall[]): void {
  const answer = botApiAnswers(admins);
  api.config.use(async (_prev, method, payload) => {
    const sent = (payload ?? {}) as Record<string, unknown>;
    // A kept payload is copied as it would go over the wire; a benchmark skips the copy.
    const call = { method, payload: calls ? (JSON.parse(JSON.stringify(sent)) as typeof sent) : sent };
    calls?.push(call);
    return { ok: true, result: answer(call) } as never;
  });
}

/** Answers every Bot API call at once and records it. */
export function recordApiCalls(api: Api, admins: ChatAdmins = {}): ApiCall[] {
  const calls: ApiCall[] = [];
  answerAtOnce(api, admins, calls);
  return calls;
}

/** Answers every Bot API call at once without keeping anything (benchmarks). */
export function answerApiCallsInstantly(api: Api): void {
  answerAtOnce(api, {});
}

export interface RecordingBot {
  bot: Bot<TelegramContext>;
  calls: ApiCall[];
}

/**
 * The bot on `app`, to be fed through bot.handleUpdate, its Bot API calls answered at once and
 * recorded; Telegram names `admins` as the admins of their chats. `webhook`: as behind a webhook.
 */
export function recordingBot(
  app: AppContext,
  { admins = {}, webhook = false }: { admins?: ChatAdmins; webhook?: boolean } = {},
): RecordingBot {
  const bot = createTelegramBot(app, {
    token: "1:test",
    apiRoot: "http://127.0.0.1:9",
    botInfo: testBotInfo,
    webhook,
  });
  return { bot, calls: recordApiCalls(bot.api, admins) };
}

/** The texts of the messages the bot sent, in order. */
export const sentTexts = (calls: ApiCall[]) =>
  calls.filter((call) => call.method === "sendMessage").map((call) => String(call.payload.text));
