// What the front-door benchmarks (bench:telegram, bench:discord) share: an assembled honjok context
// on a fresh PostgreSQL database and a Redis prefix of its own, both removed at the end; the
// deadline; the three ways inputs are fed to a handler (one after another, every sender at once,
// a fixed offered rate); the rounds, their medians and the printed tables.
//
// Touches only 127.0.0.1: PostgreSQL on 5432 (a database honjok_bench_<random>, dropped at the
// end) and Redis on 6379 (keys under its own prefix, deleted at the end).
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createDatabase } from "../core/db/client.js";
import { applyMigrations } from "../prisma/schema-engine.js";
import { type AppContext, assembleContext } from "../runtime/context.js";
import type { Logger } from "../runtime/logger.js";
import { openRedis } from "../runtime/services.js";
import { createShutdown } from "../runtime/shutdown.js";

const POSTGRES = "postgresql://postgres@127.0.0.1:5432";
const REDIS = "redis://127.0.0.1:6379";

/** Every front door is measured the same way: this many rounds, senders and inputs offered a second. */
export const ROUNDS = 3;
export const SENDERS = 100;
export const OFFERED_PER_SECOND = 500;
/** Inputs a baseline handles before the rounds, untimed (JIT, connection pools). */
export const WARM_UP_INPUTS = 100;

/** The whole run stops (and cleans up) if it takes longer than this. */
const DEADLINE = Date.now() + 5 * 60_000;

export function checkDeadline() {
  if (Date.now() > DEADLINE) throw new Error("benchmark deadline passed");
}

/** Handles one input; settles once it is answered in full. */
export type Handle<T> = (input: T) => Promise<void>;
/** Who sent an input: one sender's inputs are handled in order (a chat, a Discord user). */
export type SenderOf<T> = (input: T) => string | number;

/** Inputs per second for handling `inputs` one after another. */
export async function oneAfterAnother<T>(handle: Handle<T>, inputs: T[]): Promise<number> {
  const started = performance.now();
  for (const input of inputs) {
    checkDeadline();
    await handle(input);
  }
  return inputs.length / ((performance.now() - started) / 1000);
}

/** The inputs of each sender, in order. */
function bySender<T>(inputs: T[], senderOf: SenderOf<T>): T[][] {
  const senders = new Map<string | number, T[]>();
  for (const input of inputs) {
    const sender = senderOf(input);
    senders.set(sender, [...(senders.get(sender) ?? []), input]);
  }
  return [...senders.values()];
}

/** Inputs per second with every sender handled at once, each sender's inputs in order. */
export async function everySenderAtOnce<T>(
  handle: Handle<T>,
  inputs: T[],
  senderOf: SenderOf<T>,
): Promise<number> {
  const started = performance.now();
  await Promise.all(
    bySender(inputs, senderOf).map(async (own) => {
      for (const input of own) {
        checkDeadline();
        await handle(input);
      }
    }),
  );
  return inputs.length / ((performance.now() - started) / 1000);
}

/**
 * Each input's latency, in ms, when inputs arrive at a fixed rate whether or not the last ones
 * are done (as Telegram and Discord deliver them), each sender's still in order.
 */
export async function latencyAtRate<T>(
  handle: Handle<T>,
  inputs: T[],
  perSecond: number,
  senderOf: SenderOf<T>,
): Promise<number[]> {
  const latencies: number[] = [];
  const senderTail = new Map<string | number, Promise<void>>();
  const started = performance.now();
  const all = inputs.map(async (input, i) => {
    const due = started + (i * 1000) / perSecond;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    checkDeadline();
    const sender = senderOf(input);
    // A timer may fire a little early: the input is offered when it fires, never before.
    const offered = Math.min(due, performance.now());
    const turn = (senderTail.get(sender) ?? Promise.resolve()).then(async () => {
      await handle(input);
      latencies.push(performance.now() - offered);
    });
    senderTail.set(sender, turn);
    await turn;
  });
  await Promise.all(all);
  return latencies;
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * A honjok context as every process assembles it, on a new database (migrated) and the Redis
 * connection every process shares (runtime/services.ts), as it is configured there. Both are
 * removed when `use` settles, whether or not it succeeded.
 */
export async function withFreshContext<T>(logger: Logger, use: (app: AppContext) => Promise<T>): Promise<T> {
  const databaseName = `honjok_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const prefix = `honjok-bench-${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  process.stdout.write(`database ${databaseName}, Redis prefix ${prefix}: both removed at the end\n`);
  const databaseUrl = `${POSTGRES}/${databaseName}`;
  const db = createDatabase(databaseUrl);
  const redis = openRedis(REDIS);
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
    return await use(app);
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

/** The handlers every round runs: the adapter, a bare bot on the same library, the dispatcher alone. */
export interface Contestants<T> {
  adapter: Handle<T>;
  baseline: Handle<T>;
  dispatcher: Handle<T>;
}
type Runs = Record<keyof Contestants<unknown>, number[]>;

export interface RoundsPlan<T> {
  rounds: number;
  handlers: Contestants<T>;
  /** Fresh inputs for each measurement, by workload name. */
  workloads: Record<string, (round: number) => T[]>;
  /** How the inputs are fed (one sender, every sender at once) by name: inputs per second. */
  modes: Record<string, (handle: Handle<T>, inputs: T[]) => Promise<number>>;
  /** Each round also offers these inputs at a fixed rate to the adapter and the baseline. */
  latency: (handle: Handle<T>, round: number) => Promise<number[]>;
  /** Whatever else a bench measures once a round, after the rest. */
  alsoEachRound?: (round: number) => Promise<void>;
}

export interface RoundsResult {
  /** Inputs per second of each handler in each round, by `workload|mode`. */
  rates: Map<string, Runs>;
  latencies: Record<"adapter" | "baseline", number[]>;
}

/** Every workload in every mode through every handler, then the latency run, `rounds` times. */
export async function measureRounds<T>(plan: RoundsPlan<T>): Promise<RoundsResult> {
  const rates = new Map<string, Runs>();
  const latencies: RoundsResult["latencies"] = { adapter: [], baseline: [] };
  for (let round = 1; round <= plan.rounds; round++) {
    for (const [workload, inputs] of Object.entries(plan.workloads)) {
      for (const [mode, measure] of Object.entries(plan.modes)) {
        const runs = rates.get(`${workload}|${mode}`) ?? { adapter: [], baseline: [], dispatcher: [] };
        for (const [name, handle] of Object.entries(plan.handlers)) {
          runs[name as keyof Runs].push(await measure(handle, inputs(round)));
        }
        rates.set(`${workload}|${mode}`, runs);
      }
    }
    for (const name of ["adapter", "baseline"] as const) {
      latencies[name].push(...(await plan.latency(plan.handlers[name], round)));
    }
    await plan.alsoEachRound?.(round);
    process.stdout.write(`round ${round}/${plan.rounds} done\n`);
  }
  return { rates, latencies };
}

const tableWidths = [26, 10, 10, 18, 12, 20];
/** One line of a table: the first cell left-aligned, the others right-aligned, each in its width. */
export const row = (cells: string[], widths = tableWidths) =>
  `${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("")}\n`;

/** The medians of each workload and mode, and the adapter's ratio to the baseline and the dispatcher. */
export function printRates(title: string, rates: RoundsResult["rates"]) {
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(
    row(["workload", "adapter", "baseline", "adapter/baseline", "dispatcher", "adapter/dispatcher"]),
  );
  for (const [key, runs] of rates) {
    const [a, b, d] = [median(runs.adapter), median(runs.baseline), median(runs.dispatcher)];
    const label = key.replace("|", ", ");
    process.stdout.write(
      row([label, a.toFixed(0), b.toFixed(0), (a / b).toPrecision(3), d.toFixed(0), (a / d).toPrecision(3)]),
    );
  }
}

/** p50, p99 and the maximum of each handler's latencies, in ms. */
export function printLatencies(title: string, latencies: Record<string, number[]>) {
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(row(["", "p50", "p99", "max"]));
  for (const [name, values] of Object.entries(latencies)) {
    const [p50, p99, max] = [percentile(values, 50), percentile(values, 99), percentile(values, 100)];
    process.stdout.write(row([name, p50.toFixed(1), p99.toFixed(1), max.toFixed(1)]));
  }
}
