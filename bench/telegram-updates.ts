// Throughput of the Telegram front door (`npx tsx bench/telegram-updates.ts`, or
// `npm run bench:telegram`): updates pushed through the full adapter (logger, dedupe, metrics,
// error boundary, routing, the real dispatcher on a fresh PostgreSQL database and Redis, render)
// against a bare grammY bot that answers every message with a fixed string, measured in the same
// run. The Bot API is a transformer that answers at once, so the figures are honjok's own cost.
// Updates are handled one after another, as grammY's built-in polling does. A third column calls
// the dispatcher alone with the same inputs, to tell the adapter's own cost from the dispatcher's.
//
// Touches only 127.0.0.1: PostgreSQL on 5432 (a database honjok_bench_<random>, dropped at the
// end) and Redis on 6379 (keys under its own prefix, deleted at the end).
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { Redis } from "ioredis";
import pg from "pg";
import pino from "pino";
import { createTelegramBot } from "../bots/telegram/bot.js";
import {
  answerApiCallsInstantly,
  type FakeUser,
  testBotInfo,
  textUpdate,
} from "../bots/telegram/fake-telegram.js";
import { createDatabase } from "../core/db/client.js";
import { applyMigrations } from "../prisma/schema-engine.js";
import { type AppContext, assembleContext } from "../runtime/context.js";
import { createShutdown } from "../runtime/shutdown.js";

const ROUNDS = 5;
const UPDATES_PER_ROUND = 500;
const WARM_UP_UPDATES = 100;
/** The whole run stops (and cleans up) if it takes longer than this. */
const DEADLINE = Date.now() + 5 * 60_000;

const POSTGRES = "postgresql://postgres@127.0.0.1:5432";
const REDIS = "redis://127.0.0.1:6379";

interface Handler {
  handleUpdate(update: Update): Promise<void>;
}

/** Updates per second for handling `updates` one after another. */
async function throughput(bot: Handler, updates: Update[]): Promise<number> {
  const started = performance.now();
  for (const update of updates) {
    if (Date.now() > DEADLINE) throw new Error("benchmark deadline passed");
    await bot.handleUpdate(update);
  }
  return updates.length / ((performance.now() - started) / 1000);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const people: FakeUser[] = Array.from({ length: UPDATES_PER_ROUND }, (_, i) => ({
  id: 900_000 + i,
  firstName: `bench${i}`,
  languageCode: "ko",
}));

/** `/help` from everyone in turn: registration lookup, dispatch, one rendered reply. */
const helpUpdates = (count: number) =>
  Array.from({ length: count }, (_, i) => textUpdate(people[i % people.length] as FakeUser, "/help"));
/** A typed answer to an open `/profile_name` question: dialog, validation, a profile write, two replies. */
const nameAnswers = (round: number) => people.map((person) => textUpdate(person, `이름${round}`));
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

const nameQuestions = () => people.map((person) => textUpdate(person, "/profile_name"));

async function main() {
  const databaseName = `honjok_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  const databaseUrl = `${POSTGRES}/${databaseName}`;
  const db = createDatabase(databaseUrl);
  const redis = new Redis(REDIS, { maxRetriesPerRequest: null });
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

    const runs = { adapter: [] as number[], baseline: [] as number[], dispatcher: [] as number[] };
    const figures = { "/help": structuredClone(runs), "text answer": structuredClone(runs) };
    for (let round = 1; round <= ROUNDS; round++) {
      figures["/help"].baseline.push(await throughput(baseline, helpUpdates(UPDATES_PER_ROUND)));
      figures["/help"].adapter.push(await throughput(adapter, helpUpdates(UPDATES_PER_ROUND)));
      figures["/help"].dispatcher.push(await throughput(dispatcher, helpUpdates(UPDATES_PER_ROUND)));
      figures["text answer"].baseline.push(await throughput(baseline, nameAnswers(round)));
      await throughput(adapter, nameQuestions()); // opens the questions, untimed
      figures["text answer"].adapter.push(await throughput(adapter, nameAnswers(round)));
      await throughput(dispatcher, nameQuestions());
      figures["text answer"].dispatcher.push(await throughput(dispatcher, nameAnswers(round)));
      process.stdout.write(`round ${round}/${ROUNDS} done\n`);
    }

    const columns = [
      "workload",
      "adapter",
      "baseline",
      "adapter/baseline",
      "dispatcher",
      "adapter/dispatcher",
    ];
    const widths = [14, 10, 10, 18, 12, 20];
    const row = (cells: string[]) =>
      `${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("")}\n`;
    process.stdout.write(
      `\nTelegram updates, ${ROUNDS} rounds × ${UPDATES_PER_ROUND}, one after another: median updates/s\n`,
    );
    process.stdout.write(row(columns));
    for (const [name, runs] of Object.entries(figures)) {
      const [a, b, d] = [median(runs.adapter), median(runs.baseline), median(runs.dispatcher)];
      process.stdout.write(
        row([name, a.toFixed(0), b.toFixed(0), (a / b).toPrecision(3), d.toFixed(0), (a / d).toPrecision(3)]),
      );
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
