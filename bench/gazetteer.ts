// Offline place lookups (`npm run bench:gazetteer`): how long resolvePlace and suggestPlaces take
// for what people type, each next to a baseline measured in the same run. Baseline: one bare pass
// over every spelling in the index, a jamo edit distance against each with no rules at all, the
// least work any fuzzy suggester over these names does. Prints the medians of ROUNDS rounds, in
// microseconds per query, and their ratio to the baseline's. Touches nothing outside the process.
import { performance } from "node:perf_hooks";
import { disassemble } from "es-hangul";
import { editDistance } from "../core/places/edit-distance.js";
import { resolvePlace, suggestPlaces } from "../core/places/gazetteer.js";
import { lookupIndex } from "../core/places/lookup-index.js";
import { median } from "./front-door.js";

const ROUNDS = 15;
const REPEATS = 40;
const RESOLVED = ["마포구", "강남", "부산 중구", "Gangnam-gu", "수원시 장안구"];
const REFUSED = ["마포꾸", "강남역", "마포구 망원동", "망원동", "홍대입구역", "Gangnm", "ㄱㄴㄱ", "서교동"];

function bareScan(query: string): number {
  const jamo = disassemble(query);
  let best = Number.POSITIVE_INFINITY;
  for (const place of lookupIndex().places)
    for (const spelling of place.spellings) best = Math.min(best, editDistance(jamo, spelling.jamo, 2));
  return best;
}

/** Microseconds per query, over REPEATS passes of the queries. */
function timed(queries: string[], run: (query: string) => unknown): number {
  const started = performance.now();
  for (let repeat = 0; repeat < REPEATS; repeat++) for (const query of queries) run(query);
  return ((performance.now() - started) * 1000) / (REPEATS * queries.length);
}

const buildStarted = performance.now();
lookupIndex();
const buildMs = performance.now() - buildStarted;

const runs = { baseline: [] as number[], resolve: [] as number[], suggest: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  runs.baseline.push(timed(REFUSED, bareScan));
  runs.resolve.push(timed(RESOLVED, resolvePlace));
  runs.suggest.push(timed(REFUSED, (query) => suggestPlaces(query)));
}

const baseline = median(runs.baseline);
const say = (line: string) => process.stdout.write(`${line}\n`);
say(`index built once in ${buildMs.toFixed(1)} ms (${lookupIndex().places.length} places)`);
say(`median of ${ROUNDS} rounds, µs per query, ratio to the bare scan`);
for (const [name, values] of Object.entries(runs)) {
  const value = median(values);
  say(`${name.padEnd(9)} ${value.toFixed(1).padStart(8)} µs  ×${(value / baseline).toFixed(2)}`);
}
