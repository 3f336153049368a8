// Throughput of the Telegram front door (`npx tsx bench/telegram-updates.ts`, or
// `npm run bench:telegram`): updates pushed through the full adapter (logger, dedupe, metrics,
// error boundary, routing, the real dispatcher on a fresh PostgreSQL database and Redis, render)
// against a bare grammY bot that answers every message with a fixed string, measured in the same
// run. The Bot API is a transformer that answers at once, so the figures are honjok's own cost.
// Three ways: one chat (updates one after another), 100 chats at once (each chat's updates in
// order, as the runner's sequentialize keeps them), and a fixed offered rate (500 updates/s over
// 100 chats) for the latency of each update. A dispatcher column calls the dispatcher alone with
// the same inputs, to tell the adapter's own cost from the dispatcher's. The rounds, the database
// and Redis are bench/front-door.ts's, shared with bench:discord.
//
// Touches only 127.0.0.1: PostgreSQL on 5432 (a database honjok_bench_<random>, dropped at the
// end) and Redis on 6379 (keys under its own prefix, deleted at the end).
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import pino from "pino";
import { createTelegramBot } from "../bots/telegram/bot.js";
import type { AppContext } from "../runtime/context.js";
import { testBotInfo } from "../test/fake-telegram/answers.js";
import { answerApiCallsInstantly } from "../test/fake-telegram/in-process.js";
import { type FakeUser, textUpdate } from "../test/fake-telegram/updates.js";
import {
  everySenderAtOnce,
  type Handle,
  latencyAtRate,
  measureRounds,
  OFFERED_PER_SECOND,
  oneAfterAnother,
  printLatencies,
  printRates,
  ROUNDS,
  SENDERS,
  WARM_UP_INPUTS,
  withFreshContext,
} from "./front-door.js";

const UPDATES_PER_ROUND = 500;
/** Long enough that a pause of a few hundred ms (a GC, a checkpoint) is a fair share of the p99. */
const LATENCY_SECONDS = 4;
const CHATS = SENDERS;

/** A chat is the sender's private chat. */
const chatOf = (update: Update) => update.message?.chat.id ?? 0;
const handlerOf =
  (bot: { handleUpdate(update: Update): Promise<void> }): Handle<Update> =>
  (update) =>
    bot.handleUpdate(update);

const people: FakeUser[] = Array.from({ length: CHATS }, (_, i) => ({
  id: 900_000 + i,
  firstName: `bench${i}`,
  languageCode: "ko",
}));

/** `/help` from everyone in turn: registration lookup, dispatch, one rendered reply. */
const helpUpdates = (count: number) =>
  Array.from({ length: count }, (_, i) => textUpdate(people[i % people.length] as FakeUser, "/help"));
/**
 * `/profile_name`, then a typed name, in turn in every chat: a dialog opened in Redis, then an
 * answer read, checked and written to PostgreSQL, with two replies.
 */
const nameDialogs = (round: number, count = UPDATES_PER_ROUND) =>
  Array.from({ length: count }, (_, i) => {
    const answering = Math.floor(i / people.length) % 2 === 1;
    return textUpdate(
      people[i % people.length] as FakeUser,
      answering ? `이름${round}-${i}` : "/profile_name",
    );
  });
/** The same inputs straight into the dispatcher: what the adapter adds is the difference. */
function dispatcherAlone(app: AppContext): Handle<Update> {
  return async (update) => {
    const { from, text = "" } = update.message ?? {};
    if (!from) return;
    const identity = {
      platform: "telegram" as const,
      externalId: String(from.id),
      chatId: String(from.id),
    };
    await app.dispatcher.handle(
      identity,
      text.startsWith("/") ? { kind: "command", name: text.slice(1) } : { kind: "text", text },
    );
  };
}

async function main() {
  await withFreshContext(pino({ level: "silent" }), async (app) => {
    const adapter = createTelegramBot(app, {
      token: "1:bench",
      apiRoot: "http://127.0.0.1:9",
      botInfo: testBotInfo,
    });
    answerApiCallsInstantly(adapter.api);
    const baseline = new Bot("1:bench", { botInfo: testBotInfo });
    answerApiCallsInstantly(baseline.api);
    baseline.on("message", (ctx) => ctx.reply("ok"));
    const handlers = {
      adapter: handlerOf(adapter),
      baseline: handlerOf(baseline),
      dispatcher: dispatcherAlone(app),
    };

    // Warm up (JIT, connection pools) and register every bench person once, untimed.
    await oneAfterAnother(handlers.baseline, helpUpdates(WARM_UP_INPUTS));
    await oneAfterAnother(handlers.adapter, helpUpdates(people.length));
    await everySenderAtOnce(handlers.adapter, nameDialogs(0), chatOf);

    const { rates, latencies } = await measureRounds({
      rounds: ROUNDS,
      handlers,
      workloads: { "/help": () => helpUpdates(UPDATES_PER_ROUND), "name dialog": nameDialogs },
      modes: {
        "1 chat": oneAfterAnother,
        [`${CHATS} chats`]: (handle, updates) => everySenderAtOnce(handle, updates, chatOf),
      },
      latency: (handle, round) =>
        latencyAtRate(
          handle,
          nameDialogs(round, LATENCY_SECONDS * OFFERED_PER_SECOND),
          OFFERED_PER_SECOND,
          chatOf,
        ),
    });
    printRates(`Telegram updates, ${ROUNDS} rounds × ${UPDATES_PER_ROUND}: median updates/s`, rates);
    printLatencies(
      `Name dialogs offered at ${OFFERED_PER_SECOND} updates/s over ${CHATS} chats for ${LATENCY_SECONDS} s a round: latency of an update, ms`,
      latencies,
    );
  });
}

await main();
