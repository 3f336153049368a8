// The fake Telegram inside the bot's own process: an API transformer that answers every call at
// once, for tests and benchmarks that feed bot.handleUpdate themselves. Nothing is sent.
import type { Api } from "grammy";
import { type ApiCall, botApiAnswers, type ChatAdmins } from "./answers.js";

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
