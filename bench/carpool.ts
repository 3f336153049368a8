// Carpool matching at scale (`npm run bench:carpool`), all in memory, no database:
//
// 1. Speed: matching one new request (`candidatesFor` on the open-request index, limited to the
//    candidates worth planning, then `bestGroupFor`) against 10^5 and then 10^6 open requests
//    spread over Seoul and the next 7 days (bench/carpool-data.ts), with the index's build time
//    and the heap the requests and the index take. Next to it, a naive scan measured in the same
//    run: turf's distance to every open request, then `bestGroupFor` over all it found. The run
//    stops unless the index finds exactly the scan's candidates and both choose the same group.
//    On the same requests it counts how often planning every candidate as a pair would have found
//    a pair with less extra time than the group chosen (the cost of planning only the best few).
// 2. Quality: a synthetic day of 10^4 requests replayed in arrival order, our matcher against a
//    first-fit greedy baseline (bench/carpool-quality.ts).
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { bestGroupFor, compatible } from "../core/carpool/grouping.js";
import { OpenRequests } from "../core/carpool/open-requests.js";
import { planGroup } from "../core/carpool/plan.js";
import { CANDIDATES_PLANNED } from "../core/carpool/ranking.js";
import { defaultCarpoolSettings as settings } from "../core/carpool/settings.js";
import { roadEstimator } from "../core/carpool/travel.js";
import type { GroupPlan, RideWish } from "../core/carpool/types.js";
import { metresBetween } from "../core/cells.js";
import { seoulMidnight, syntheticWish } from "./carpool-data.js";
import { type DayOutcome, replayDay, syntheticDay } from "./carpool-quality.js";
import { seededRandom } from "./market-data.js";

const SIZES = [100_000, 1_000_000];
const QUERIES = 2_000;
const WARM_UP_QUERIES = 200;
/** A turf scan of 10^6 requests takes the best part of a second, so the baseline runs on the first queries only. */
const NAIVE_QUERIES: Record<number, number> = { 100000: 100, 1000000: 20 };
const DAY_REQUESTS = 10_000;
const TARGET_P99_MS = 5;
/** Saturday 21 November 2026, midnight in Seoul: the requests leave in the week from here. */
const START = seoulMidnight(Date.parse("2026-11-21T12:00:00+09:00"));
const DAYS_AHEAD = 7;

const estimate = roadEstimator(settings);
const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The heap in use after a full collection. `npm run bench:carpool` runs without --expose-gc, so
 * the flag is set from inside and the collector fetched from a fresh context, where V8 puts it.
 */
const heapUsed = (() => {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  return () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
})();

/** Nearest-rank percentile. */
function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

const idsOf = (wishes: RideWish[]) =>
  wishes
    .map((wish) => wish.id)
    .sort()
    .join(" ");

interface SpeedFigures {
  size: number;
  buildMs: number;
  requestBytes: number;
  indexBytes: number;
  ms: number[];
  candidates: number[];
  grouped: number;
  naiveMs: number[];
  /** Of the naive side's requests, those where planning every candidate would have found a better pair. */
  beaten: number;
}

interface Match {
  candidates: RideWish[];
  plan: GroupPlan | undefined;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

function matchIndexed(index: OpenRequests, wish: RideWish): { value: Match; ms: number } {
  return timed(() => {
    const candidates = index.candidatesFor(wish, settings, CANDIDATES_PLANNED);
    return { candidates, plan: bestGroupFor(wish, candidates, estimate, settings) };
  });
}

/** What one would write without an index: turf's distance to every open request. */
function matchNaively(open: RideWish[], wish: RideWish): { value: Match; ms: number } {
  return timed(() => {
    const candidates = open.filter(
      (other) =>
        metresBetween(wish.origin, other.origin) <= settings.originRadiusM &&
        compatible(wish, other, settings),
    );
    return { candidates, plan: bestGroupFor(wish, candidates, estimate, settings) };
  });
}

const groupOf = (plan: GroupPlan | undefined) =>
  plan ? `${[...plan.requestIds].sort().join(" ")} (${plan.totalExtraS.toFixed(3)} s)` : "none";

function checkAgreement(index: OpenRequests, wish: RideWish, indexed: Match, naive: Match) {
  const found = index.candidatesFor(wish, settings);
  if (idsOf(found) !== idsOf(naive.candidates)) {
    throw new Error(
      `request ${wish.id}: the index found ${found.length} candidates, the scan ${naive.candidates.length}`,
    );
  }
  if (groupOf(indexed.plan) !== groupOf(naive.plan)) {
    throw new Error(`request ${wish.id}: indexed ${groupOf(indexed.plan)}, scan ${groupOf(naive.plan)}`);
  }
}

/** Whether planning every candidate as a pair finds one with less extra time than `chosen`. */
function beatenByPlanningAll(wish: RideWish, candidates: RideWish[], chosen: GroupPlan | undefined) {
  const chosenS = chosen?.totalExtraS ?? Number.POSITIVE_INFINITY;
  return candidates.some(
    (candidate) => (planGroup([wish, candidate], estimate)?.totalExtraS ?? chosenS) < chosenS,
  );
}

function measureSpeed(open: RideWish[], baselineHeap: number): SpeedFigures {
  const requestBytes = heapUsed() - baselineHeap;
  const index = new OpenRequests();
  const build = timed(() => {
    for (const wish of open) index.upsert(wish);
  });
  const indexBytes = heapUsed() - baselineHeap - requestBytes;
  const warmUpRandom = seededRandom(3);
  for (let i = 0; i < WARM_UP_QUERIES; i++)
    matchIndexed(index, syntheticWish(warmUpRandom, START, DAYS_AHEAD));
  const queryRandom = seededRandom(2);
  const queries = Array.from({ length: QUERIES }, () => syntheticWish(queryRandom, START, DAYS_AHEAD));
  const figures: SpeedFigures = {
    size: open.length,
    buildMs: build.ms,
    requestBytes,
    indexBytes,
    ms: [],
    candidates: [],
    grouped: 0,
    naiveMs: [],
    beaten: 0,
  };
  const answers = queries.map((wish) => {
    const { value, ms } = matchIndexed(index, wish);
    figures.ms.push(ms);
    if (value.plan) figures.grouped++;
    return value;
  });
  // Untimed: how crowded it is, every compatible candidate counted.
  for (const wish of queries) figures.candidates.push(index.candidatesFor(wish, settings).length);
  for (const [i, wish] of queries.slice(0, NAIVE_QUERIES[open.length] ?? 10).entries()) {
    const naive = matchNaively(open, wish);
    figures.naiveMs.push(naive.ms);
    checkAgreement(index, wish, answers[i] as Match, naive.value);
    if (beatenByPlanningAll(wish, naive.value.candidates, naive.value.plan)) figures.beaten++;
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------
// Report

function table(widths: number[], rows: string[][]) {
  for (const row of rows) {
    say(
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(""),
    );
  }
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 0);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function printSpeed(all: SpeedFigures[]) {
  say(
    `\nMatching one new request, ${QUERIES} requests per row: ms (p99 target ${TARGET_P99_MS} ms at 10^6)` +
      "\nindexed: candidatesFor + bestGroupFor; naive: turf distance to every open request + bestGroupFor",
  );
  table(
    [11, 9, 8, 8, 8, 11, 9, 11, 11, 8, 9],
    [
      ["open", "build", "p50", "p99", "max", "cands", "grouped", "naive p50", "naive p99", "ratio", "beaten"],
      ...all.map((figures) => [
        figures.size.toLocaleString("en"),
        `${(figures.buildMs / 1000).toFixed(2)} s`,
        ms(percentile(figures.ms, 0.5)),
        ms(percentile(figures.ms, 0.99)),
        ms(Math.max(...figures.ms)),
        `${percentile(figures.candidates, 0.5)}/${percentile(figures.candidates, 0.99)}`,
        `${((100 * figures.grouped) / figures.ms.length).toFixed(0)}%`,
        ms(percentile(figures.naiveMs, 0.5)),
        ms(percentile(figures.naiveMs, 0.99)),
        `${(percentile(figures.naiveMs, 0.5) / percentile(figures.ms, 0.5)).toFixed(0)}×`,
        `${figures.beaten}/${figures.naiveMs.length}`,
      ]),
    ],
  );
  say(
    `cands: p50/p99 of compatible candidates (${CANDIDATES_PLANNED} at most are planned); grouped: requests given a group;` +
      "\nratio: naive p50 / p50; beaten: requests where planning every candidate would have found a pair" +
      ` with less extra time; naive and beaten on the first ${Object.entries(NAIVE_QUERIES)
        .map(([size, count]) => `${count} requests at ${Number(size).toLocaleString("en")}`)
        .join(", ")}`,
  );
  for (const figures of all) {
    const perMillion = 1_000_000 / figures.size;
    say(
      `heap at ${figures.size.toLocaleString("en")}: requests ${mb(figures.requestBytes)}, index ${mb(figures.indexBytes)}` +
        ` (per 10^6: ${mb(figures.requestBytes * perMillion)} + ${mb(figures.indexBytes * perMillion)};` +
        ` ${((figures.requestBytes + figures.indexBytes) / figures.size).toFixed(0)} bytes a request)`,
    );
  }
  const largest = all.find((figures) => figures.size === Math.max(...SIZES));
  if (largest) {
    const p99 = percentile(largest.ms, 0.99);
    say(
      p99 <= TARGET_P99_MS
        ? `p99 at ${largest.size.toLocaleString("en")} is within ${TARGET_P99_MS} ms`
        : `p99 at ${largest.size.toLocaleString("en")} is over ${TARGET_P99_MS} ms`,
    );
  }
}

function printQuality(outcomes: DayOutcome[]) {
  say(`\nA synthetic day of ${DAY_REQUESTS.toLocaleString("en")} requests, replayed in arrival order`);
  table(
    [11, 9, 16, 8, 12, 12, 9, 8],
    [
      ["matcher", "matched", "groups 2/3/4", "batch", "extra min", "saving KRW", "saving", "time"],
      ...outcomes.map((outcome) => [
        outcome.strategy,
        `${((100 * outcome.matched) / outcome.requests).toFixed(1)}%`,
        outcome.groupsBySize.join("/"),
        `${outcome.batchGroups}`,
        (outcome.extraS / 60 / outcome.matched).toFixed(2),
        (outcome.savingKrw / outcome.matched).toFixed(0),
        `${((100 * outcome.savingKrw) / outcome.soloKrw).toFixed(1)}%`,
        `${(outcome.ms / 1000).toFixed(1)} s`,
      ]),
    ],
  );
  say(
    "ours: bestGroupFor on arrival and assignBatch every 30 s; batch only: assignBatch every 30 s;" +
      " first-fit: on arrival, the first-come waiting request a shared ride fits with" +
      "\nmatched: share of requests put in a group; batch: groups the 30 s pass found; extra min and saving:" +
      " means over matched riders (saving: solo fare − share, split by distance)",
  );
}

// ---------------------------------------------------------------------------------------------

function main() {
  const baselineHeap = heapUsed();
  const random = seededRandom(1);
  const open: RideWish[] = [];
  const speed: SpeedFigures[] = [];
  for (const size of SIZES) {
    const started = performance.now();
    while (open.length < size) open.push(syntheticWish(random, START, DAYS_AHEAD));
    say(
      `generated ${size.toLocaleString("en")} open requests in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    say(
      `load average before measuring: ${loadavg()
        .map((load) => load.toFixed(1))
        .join(" ")}`,
    );
    speed.push(measureSpeed(open, baselineHeap));
    say(`measured ${size.toLocaleString("en")}`);
  }
  printSpeed(speed);
  open.length = 0;
  const day = syntheticDay(seededRandom(4), START, DAY_REQUESTS);
  const strategies = ["ours", "batch only", "first-fit"] as const;
  printQuality(strategies.map((strategy) => replayDay(day, strategy, settings, estimate)));
}

main();
