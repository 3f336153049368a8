// Throughput of the Telegram front door (`npx tsx bench/telegram-updates.ts`, or
// `npm run bench:telegram`): updates pushed through the full adapter (logger, dedupe, metrics,
// error boundary, routing, the real dispatcher on a fresh PostgreSQL database and Redis, render)
// against a bare grammY bot that answers every message with a fixed string, measured in the same
// run. The Bot API is a transformer that answers at once, so the figures are honjok's own cost.
// Three ways: one chat (updates one after another), 100 chats at once (each chat's updates in
// order, as the runner's sequentialize keeps them), and a fixed offered rate (500 updates/s over
// 100 chats) for the latency of each update. A dispatcher column calls the dispatcher alone with
// the same inputs, to tell the adapter's own cost from the dispatcher's.
//
// Touches only 127.0.0.1: PostgreSQL on 5432 (a database honjok_bench_<random>, dropped at the
// end) and Redis on 6379 (keys under its own prefix, deleted at the end).
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import pg from "pg";
import pino from "pino";
import { createTelegramBot } from "../bots/telegram/bot.js";
import { createDatabase } from "../core/db/client.js";
import { applyMigrations } from "../prisma/schema-engine.js";
import { type AppContext, assembleContext } from "../runtime/context.js";
import { openRedis } from "../runtime/services.js";
import { createShutdown } from "../runtime/shutdown.js";
import { testBotInfo } from "../test/fake-telegram/answers.js";
import { answerApiCallsInstantly } from "../test/fake-telegram/in-process.js";
import { type FakeUser, textUpdate } from "../test/fake-telegram/updates.js";

const ROUNDS = 3;
const UPDATES_PER_ROUND = 500;
const WARM_UP_UPDATES = 100;
/** The whole run stops (and cleans up) if it takes longer than this. */
const DEADLINE = Date.now() + 5 * 60_000;

const POSTGRES = "postgresql://postgres@127.0.0.1:5432";
const REDIS = "redis://127.0.0.1:6379";

interface Handler {
  handleUpdate(update: Update): Promise<void>;
}

const CHATS = 100;
const OFFERED_PER_SECOND = 500;

function checkDeadline() {
  if (Date.now() > DEADLINE) throw new Error("benchmark deadline passed");
}

/** Updates per second for handling `updates` one after another. */
async function throughput(bot: Handler, updates: Update[]): Promise<number> {
  const started = performance.now();
  for (const update of updates) {
    checkDeadline();
    await bot.handleUpdate(update);
  }
  return updates.length / ((performance.now() - started) / 1000);
}

/** The updates of each chat, in order; a chat is the sender's private chat. */
function byChat(updates: Update[]): Update[][] {
  const chats = new Map<number, Update[]>();
  for (const update of updates) {
    const chat = update.message?.chat.id ?? 0;
    chats.set(chat, [...(chats.get(chat) ?? []), update]);
  }
  return [...chats.values()];
}

/** Updates per second with every chat handled at once, each chat's updates in order. */
async function concurrentThroughput(bot: Handler, updates: Update[]): Promise<number> {
  const started = performance.now();
  await Promise.all(
    byChat(updates).map(async (chat) => {
      for (const update of chat) {
        checkDeadline();
        await bot.handleUpdate(update);
      }
    }),
  );
  return updates.length / ((performance.now() - started) / 1000);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/**
 * Each update's latency, in ms, when updates arrive at a fixed rate whether or not the last ones
 * are done (as Telegram delivers them), each chat's still in order.
 */
async function latencyAtRate(bot: Handler, updates: Update[], perSecond: number): Promise<number[]> {
  const latencies: number[] = [];
  const chatTail = new Map<number, Promise<void>>();
  const started = performance.now();
  const all = updates.map(async (update, i) => {
    const due = started + (i * 1000) / perSecond;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    checkDeadline();
    const chat = update.message?.chat.id ?? 0;
    const turn = (chatTail.get(chat) ?? Promise.resolve()).then(async () => {
      await bot.handleUpdate(update);
      latencies.push(performance.now() - due);
    });
    chatTail.set(chat, turn);
    await turn;
  });
  await Promise.all(all);
  return latencies;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

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
const nameDialogs = (round: number) =>
  Array.from({ length: UPDATES_PER_ROUND }, (_, i) => {
    const answering = Math.floor(i / people.length) % 2 === 1;
    return textUpdate(
      people[i % people.length] as FakeUser,
      answering ? `이름${round}-${i}` : "/profile_name",
    );
  });
/** The same inputs straight into the dispatcher: what the adapter adds is the difference. */
function dispatcherAlone(app: AppContext): Handler {
  return {
    async handleUpdate(update) {
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
    },
  };
}

async function main() {
  const databaseName = `honjok_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  const databaseUrl = `${POSTGRES}/${databaseName}`;
  const db = createDatabase(databaseUrl);
  // The connection every honjok process shares (runtime/services.ts), as it is configured there.
  const redis = openRedis(REDIS);
  const prefix = `honjok-bench-${randomUUID().slice(0, 8)}`;
  const logger = pino({ level: "silent" });
  try {
    await applyMigrations(databaseUrl);
    const app = assembleContext({
      db,
      redis,
      redisUrl: REDIS,
      queuePrefix: prefix,
      logger,
      shutdown: createShutdown(logger),
    });

    const adapter = createTelegramBot(app, {
      token: "1:bench",
      apiRoot: "http://127.0.0.1:9",
      botInfo: testBotInfo,
    });
    answerApiCallsInstantly(adapter.api);
    const baseline = new Bot("1:bench", { botInfo: testBotInfo });
    answerApiCallsInstantly(baseline.api);
    baseline.on("message", (ctx) => ctx.reply("ok"));
    const dispatcher = dispatcherAlone(app);

    // Warm up (JIT, connection pools) and register every bench person once, untimed.
    await throughput(baseline, helpUpdates(WARM_UP_UPDATES));
    await throughput(adapter, helpUpdates(people.length));

    const workloads = { "/help": helpUpdates, "name dialog": nameDialogs };
    const modes = { "1 chat": throughput, [`${CHATS} chats`]: concurrentThroughput };
    const handlers = { adapter, baseline, dispatcher };
    type Runs = Record<keyof typeof handlers, number[]>;
    const rates = new Map<string, Runs>();
    const latencies: Record<"adapter" | "baseline", number[]> = { adapter: [], baseline: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [workload, updates] of Object.entries(workloads)) {
        for (const [mode, measure] of Object.entries(modes)) {
          const runs = rates.get(`${workload}|${mode}`) ?? { adapter: [], baseline: [], dispatcher: [] };
          for (const [name, handler] of Object.entries(handlers)) {
            runs[name as keyof Runs].push(await measure(handler, updates(round)));
          }
          rates.set(`${workload}|${mode}`, runs);
        }
      }
      for (const name of ["adapter", "baseline"] as const) {
        latencies[name].push(
          ...(await latencyAtRate(handlers[name], nameDialogs(round), OFFERED_PER_SECOND)),
        );
      }
      process.stdout.write(`round ${round}/${ROUNDS} done\n`);
    }

    const widths = [26, 10, 10, 18, 12, 20];
    const row = (cells: string[]) =>
      `${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("")}\n`;
    process.stdout.write(`\nTelegram updates, ${ROUNDS} rounds × ${UPDATES_PER_ROUND}: median updates/s\n`);
    process.stdout.write(
      row(["workload", "adapter", "baseline", "adapter/baseline", "dispatcher", "adapter/dispatcher"]),
    );
    for (const [key, runs] of rates) {
      const [a, b, d] = [median(runs.adapter), median(runs.baseline), median(runs.dispatcher)];
      const label = key.replace("|", ", ");
      process.stdout.write(
        row([
          label,
          a.toFixed(0),
          b.toFixed(0),
          (a / b).toPrecision(3),
          d.toFixed(0),
          (a / d).toPrecision(3),
        ]),
      );
    }
    process.stdout.write(
      `\nName dialogs offered at ${OFFERED_PER_SECOND} updates/s over ${CHATS} chats: latency of an update, ms\n`,
    );
    process.stdout.write(row(["", "p50", "p99", "max"]));
    for (const [name, values] of Object.entries(latencies)) {
      const [p50, p99, max] = [percentile(values, 50), percentile(values, 99), percentile(values, 100)];
      process.stdout.write(row([name, p50.toFixed(1), p99.toFixed(1), max.toFixed(1)]));
    }
  } finally {
    await db.$disconnect();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
    await redis.quit();
  }
}

await main();
