// Marketplace search at scale (`npm run bench:market`): `searchItems` near a point, newest first,
// with and without a Korean keyword, on 10^5 and then 10^6 listings spread over Seoul (see
// bench/market-data.ts). Next to each figure, a baseline measured in the same run: the same page
// computed by a plain sequential scan (no cell index, no token index), whose ids must agree with
// `searchItems`, or the run stops.
//
// The indexed figures are whole `searchItems` calls (the id query, then the rows, photos, sellers
// and ratings through Prisma); "sql" is its id query alone, the part that grows with the table.
//
// Touches only 127.0.0.1:5432: a database honjok_bench_<random>, dropped at the end.
// BENCH_MARKET_EXPLAIN=1 also prints EXPLAIN (ANALYZE, BUFFERS) of each variant's slowest query;
// BENCH_MARKET_KEEP=1 keeps the database for a closer look (and prints how to drop it).
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { cellOf, METRES_PER_DEGREE_LAT } from "../core/cells.js";
import { createDatabase, type Database } from "../core/db/client.js";
import type { Prisma } from "../core/db/generated/client.js";
import { searchColumns } from "../core/market/matching.js";
import { searchItems } from "../core/market/queries.js";
import { isListed, LISTING_LIFETIME_MS, PAGE_SIZE } from "../core/market/rules.js";
import type { SearchCriteria } from "../core/market/types.js";
import { parseSearchQuery } from "../core/search/korean.js";
import { applyMigrations } from "../prisma/schema-engine.js";
import { copyFrom, copyText } from "./copy-from.js";
import {
  COMMON_WORDS,
  type GeneratedItem,
  generateItem,
  RARE_WORDS,
  type Random,
  seededRandom,
  seoulPoint,
} from "./market-data.js";

const SIZES = [100_000, 1_000_000];
const SELLERS = 20_000;
const INSERT_BATCH = 10_000;
const QUERY_POINTS = 200;
const WARM_UP_QUERIES = 20;
/** A sequential scan of 10^6 rows takes a good part of a second, so the baseline runs on the first points only. */
const BASELINE_POINTS: Record<number, number> = { 100000: 100, 1000000: 30 };
const RADIUS_M = 3000;
const TARGET_P95_MS = 20;
/** The whole run stops (and cleans up) if it takes longer than this. */
const DEADLINE = Date.now() + 20 * 60_000;

const POSTGRES = "postgresql://postgres@127.0.0.1:5432";

function checkDeadline() {
  if (Date.now() > DEADLINE) throw new Error("benchmark deadline passed");
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// Seeding

/** A PostgreSQL array literal: how COPY's text format takes a text[] column. */
function arrayLiteral(values: string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;
}

const textColumnsByText = new Map<string, string>();

/**
 * Title, description and core's own `searchColumns` of them, ready for COPY. Worked out once per
 * distinct pair: the generated texts repeat across rows, and the search columns are the slow part.
 */
function textColumnsOf(title: string, description: string): string {
  const key = `${title}\u0000${description}`;
  let columns = textColumnsByText.get(key);
  if (columns === undefined) {
    const search = searchColumns(title, description);
    columns = [
      title,
      description,
      arrayLiteral(search.searchTokens),
      search.searchText,
      search.searchChoseong,
    ]
      .map(copyText)
      .join("\t");
    textColumnsByText.set(key, columns);
  }
  return columns;
}

// The columns `createDraft` and then `publishItem` write, in the order `itemLine` gives them.
const COPY_ITEMS = `COPY "Item" (id, "sellerId", title, description, "searchTokens", "searchText",
  "searchChoseong", price, category, condition, status, lat, lng, cell, "bumpedAt", "publishedAt",
  "expiresAt", "soldAt", listed, "alertsMatchedAt", "createdAt", "updatedAt") FROM STDIN`;

/** ISO time in UTC: a timestamp without time zone ignores the "Z", and Prisma stores UTC. */
const at = (ms: number) => new Date(ms).toISOString();

function itemLine(item: GeneratedItem, sellerId: string, now: number): string {
  const bumpedAt = now - item.bumpedAgoMs;
  const publishedAt = bumpedAt - item.bumpedAfterMs;
  const soldAt = item.status === "sold" ? at(bumpedAt + (now - bumpedAt) / 2) : "\\N";
  return [
    randomUUID(),
    sellerId,
    textColumnsOf(item.title, item.description),
    item.price,
    item.category,
    item.condition,
    item.status,
    item.lat,
    item.lng,
    cellOf(item.lat, item.lng),
    at(bumpedAt),
    at(publishedAt),
    at(publishedAt + LISTING_LIFETIME_MS),
    soldAt,
    isListed(item.status, null) ? "t" : "f",
    at(publishedAt),
    at(publishedAt - 60_000),
    at(bumpedAt),
  ].join("\t");
}

function buildBatch(random: Random, count: number, sellerIds: string[], now: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const sellerId = sellerIds[Math.floor(random() * sellerIds.length)] as string;
    lines.push(itemLine(generateItem(random), sellerId, now));
  }
  return `${lines.join("\n")}\n`;
}

async function insertSellers(client: pg.Client, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await client.query(
    `INSERT INTO "User" (id, "displayName", "updatedAt")
     SELECT id, '판매자' || n, now() FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
    [ids],
  );
  return ids;
}

/**
 * Inserts while the next batch is built: JavaScript and PostgreSQL each keep one core busy.
 * Returns the time spent building rows and the time spent waiting for PostgreSQL.
 */
async function insertItems(client: pg.Client, random: Random, count: number, sellerIds: string[]) {
  const now = Date.now();
  const spent = { building: 0, waiting: 0 };
  let inFlight = Promise.resolve();
  for (let done = 0; done < count; done += INSERT_BATCH) {
    checkDeadline();
    const started = performance.now();
    const batch = buildBatch(random, Math.min(INSERT_BATCH, count - done), sellerIds, now);
    const built = performance.now();
    await inFlight;
    spent.building += built - started;
    spent.waiting += performance.now() - built;
    inFlight = copyFrom(client, COPY_ITEMS, batch);
  }
  const started = performance.now();
  await inFlight;
  spent.waiting += performance.now() - started;
  return spent;
}

/**
 * Loads with the Item table's secondary indexes dropped and then rebuilds them from their own
 * definitions (so they stay exactly what the migrations made): building a GIN index once is far
 * faster than updating it row by row. The token index builds on one connection while the btrees
 * build on another, one per core.
 */
async function withItemIndexesRebuilt<T>(clients: [pg.Client, pg.Client], load: () => Promise<T>) {
  const [main, other] = clients;
  const { rows } = await main.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes
     WHERE tablename = 'Item' AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
  );
  for (const { indexname } of rows) await main.query(`DROP INDEX "${indexname}"`);
  const loaded = await load();
  const started = performance.now();
  const isGin = (definition: string) => /USING gin/i.test(definition);
  const build = async (client: pg.Client, definitions: string[]) => {
    await client.query("SET maintenance_work_mem = '1GB'");
    for (const definition of definitions) await client.query(definition);
  };
  const definitions = rows.map((row) => row.indexdef);
  await Promise.all([
    build(main, definitions.filter(isGin)),
    build(
      other,
      definitions.filter((definition) => !isGin(definition)),
    ),
  ]);
  return { loaded, indexingMs: performance.now() - started };
}

async function growTo(clients: [pg.Client, pg.Client], random: Random, size: number, sellerIds: string[]) {
  const [main] = clients;
  const { rows } = await main.query<{ count: string }>(`SELECT count(*) FROM "Item"`);
  const missing = size - Number(rows[0]?.count ?? 0);
  const started = performance.now();
  const { loaded, indexingMs } = await withItemIndexesRebuilt(clients, () =>
    insertItems(main, random, missing, sellerIds),
  );
  const vacuumStarted = performance.now();
  // VACUUM as well as ANALYZE: it sets hint bits and the visibility map, as autovacuum would have
  // long done on a live table, so the first measured queries do not pay for the bulk load.
  await main.query(`VACUUM (ANALYZE) "Item"`);
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  say(
    `seeded ${missing.toLocaleString("en")} items to ${size.toLocaleString("en")} in ${seconds(started)}:` +
      ` building rows ${s(loaded.building)}, waiting for inserts ${s(loaded.waiting)},` +
      ` indexes ${s(indexingMs)}, vacuum ${s(performance.now() - vacuumStarted)}` +
      ` (${textColumnsByText.size} distinct texts)`,
  );
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Variant {
  name: string;
  /** Cycled through over the query points: the same point always gets the same keyword. */
  keywords: (string | undefined)[];
}

const VARIANTS: Variant[] = [
  { name: "nearby", keywords: [undefined] },
  { name: "kw common", keywords: COMMON_WORDS.slice(0, 3) },
  { name: "kw rare", keywords: RARE_WORDS },
  { name: "kw ㅈㅈㄹㅇㅈ", keywords: ["ㅈㅈㄹㅇㅈ"] },
];

const criteriaFor = (
  variant: Variant,
  point: { lat: number; lng: number },
  index: number,
): SearchCriteria => ({
  playground: false,
  ...point,
  radiusM: RADIUS_M,
  keyword: variant.keywords[index % variant.keywords.length],
});

interface LastRawQuery {
  sql: Prisma.Sql | undefined;
  ms: number;
}

/** `db` with its raw queries timed and kept: `searchItems` runs its id query through `$queryRaw`. */
function timingRawQueries(db: Database, last: LastRawQuery): Database {
  return new Proxy(db, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (property === "$queryRaw") {
        return async (sql: Prisma.Sql) => {
          const started = performance.now();
          const result = await target.$queryRaw(sql);
          last.ms = performance.now() - started;
          last.sql = sql;
          return result;
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

interface Sample {
  ms: number;
  sqlMs: number;
  sql: Prisma.Sql | undefined;
  ids: string[];
  hasMore: boolean;
}

async function timedSearch(db: Database, last: LastRawQuery, criteria: SearchCriteria): Promise<Sample> {
  const started = performance.now();
  const page = await searchItems(db, criteria, 1);
  const ms = performance.now() - started;
  return { ms, sqlMs: last.ms, sql: last.sql, ids: page.items.map((item) => item.id), hasMore: page.hasMore };
}

// The same page as `searchSql`, from its own definitions: the circle is the same float8 expression
// as `circleCondition`, and the keyword the same pattern checks, without the token index that only
// narrows the rows (every row that passes the pattern checks holds all the query's tokens).
const BASELINE_SQL = `
  SELECT id FROM "Item"
  WHERE listed
    AND playground = $7
    AND power(lat - $1, 2) + power((lng - $2) * $3, 2) <= $4
    AND "searchText" ~ ALL ($5::text[])
    AND "searchChoseong" ~ ALL ($6::text[])
  ORDER BY "bumpedAt" DESC, id DESC
  LIMIT ${PAGE_SIZE + 1}`;

function baselineParameters({ lat, lng, radiusM, keyword, playground }: SearchCriteria) {
  const query = parseSearchQuery(keyword ?? "");
  const radiusDeg = radiusM / METRES_PER_DEGREE_LAT;
  return [
    lat,
    lng,
    Math.cos((lat * Math.PI) / 180),
    radiusDeg * radiusDeg,
    query.textPatterns,
    query.choseongPatterns,
    playground,
  ];
}

/**
 * Index scans switched off for this query only, so PostgreSQL reads the whole table (in parallel, as
 * it would). JIT is off too: compiling the scan adds some 40 ms that say nothing about indexes.
 */
async function timedBaseline(client: pg.Client, criteria: SearchCriteria) {
  await client.query("BEGIN");
  try {
    for (const setting of ["enable_indexscan", "enable_indexonlyscan", "enable_bitmapscan", "jit"]) {
      await client.query(`SET LOCAL ${setting} = off`);
    }
    const started = performance.now();
    const { rows } = await client.query<{ id: string }>(BASELINE_SQL, baselineParameters(criteria));
    return { ms: performance.now() - started, ids: rows.map((row) => row.id) };
  } finally {
    await client.query("COMMIT");
  }
}

function checkAgreement(variant: Variant, criteria: SearchCriteria, indexed: Sample, baseline: string[]) {
  const expected = baseline.slice(0, PAGE_SIZE);
  const same = expected.join() === indexed.ids.join() && indexed.hasMore === baseline.length > PAGE_SIZE;
  if (!same) {
    throw new Error(
      `${variant.name} at ${criteria.lat},${criteria.lng} (${criteria.keyword ?? "no keyword"}): ` +
        `searchItems gave ${indexed.ids.join(" ")} (more: ${indexed.hasMore}), ` +
        `the full scan ${baseline.join(" ")}`,
    );
  }
}

/** Nearest-rank percentile. */
function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

interface Figures {
  size: number;
  variant: string;
  indexed: number[];
  sql: number[];
  baseline: number[];
  emptyPages: number;
  slowest: Sample | undefined;
}

async function measureVariant(
  context: { db: Database; last: LastRawQuery; client: pg.Client; points: { lat: number; lng: number }[] },
  size: number,
  variant: Variant,
): Promise<Figures> {
  const { db, last, client, points } = context;
  const warmUpRandom = seededRandom(99);
  for (let i = 0; i < WARM_UP_QUERIES; i++) {
    await searchItems(db, criteriaFor(variant, seoulPoint(warmUpRandom), i));
  }
  const figures: Figures = {
    size,
    variant: variant.name,
    indexed: [],
    sql: [],
    baseline: [],
    emptyPages: 0,
    slowest: undefined,
  };
  for (const [index, point] of points.entries()) {
    checkDeadline();
    const sample = await timedSearch(db, last, criteriaFor(variant, point, index));
    figures.indexed.push(sample.ms);
    figures.sql.push(sample.sqlMs);
    if (sample.ids.length === 0) figures.emptyPages++;
    if (!figures.slowest || sample.sqlMs > figures.slowest.sqlMs) figures.slowest = sample;
  }
  for (const [index, point] of points.slice(0, BASELINE_POINTS[size] ?? QUERY_POINTS).entries()) {
    checkDeadline();
    const criteria = criteriaFor(variant, point, index);
    const baseline = await timedBaseline(client, criteria);
    figures.baseline.push(baseline.ms);
    checkAgreement(variant, criteria, await timedSearch(db, last, criteria), baseline.ids);
  }
  return figures;
}

async function explainSlowest(client: pg.Client, figures: Figures) {
  const sql = figures.slowest?.sql;
  if (!sql) return;
  const { rows } = await client.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`,
    sql.values as unknown[],
  );
  say(`\n${figures.variant} at ${figures.size}, slowest point (${figures.slowest?.sqlMs.toFixed(1)} ms):`);
  for (const row of rows) say(`  ${row["QUERY PLAN"]}`);
}

// ---------------------------------------------------------------------------------------------
// Report

const COLUMNS = [
  "size",
  "query",
  "p50",
  "p95",
  "sql p50",
  "sql p95",
  "base p50",
  "base p95",
  "ratio",
  "empty",
];
const WIDTHS = [11, 14, 9, 9, 9, 9, 10, 10, 8, 7];

/** Hangul takes two columns in a terminal, so padding counts it twice. */
function pad(cell: string, width: number, side: "start" | "end"): string {
  const wide = cell.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const padding = " ".repeat(Math.max(0, width - cell.length - wide));
  return side === "start" ? `${padding}${cell}` : `${cell}${padding}`;
}

function tableRow(cells: string[]): string {
  return cells.map((cell, i) => pad(cell, WIDTHS[i] ?? 0, i < 2 ? "end" : "start")).join("");
}

function figuresRow(figures: Figures): string {
  const ms = (value: number) => value.toFixed(1);
  const p50 = percentile(figures.indexed, 0.5);
  const baseP50 = percentile(figures.baseline, 0.5);
  return tableRow([
    figures.size.toLocaleString("en"),
    figures.variant,
    ms(p50),
    ms(percentile(figures.indexed, 0.95)),
    ms(percentile(figures.sql, 0.5)),
    ms(percentile(figures.sql, 0.95)),
    ms(baseP50),
    ms(percentile(figures.baseline, 0.95)),
    `${(baseP50 / p50).toFixed(0)}×`,
    `${figures.emptyPages}`,
  ]);
}

function printTable(all: Figures[]) {
  say(
    `\nMarketplace search within ${RADIUS_M / 1000} km, page 1, ${QUERY_POINTS} points per row: ms` +
      ` (p95 target ${TARGET_P95_MS} ms at 10^6)`,
  );
  say("p50/p95: whole searchItems; sql: its id query; base: full-scan baseline; ratio: base p50 / p50");
  say(tableRow(COLUMNS));
  for (const figures of all) say(figuresRow(figures));
  const largest = Math.max(...SIZES);
  const missed = all.filter(
    (figures) => figures.size === largest && percentile(figures.indexed, 0.95) > TARGET_P95_MS,
  );
  say(
    missed.length === 0
      ? `every p95 at ${largest.toLocaleString("en")} is within ${TARGET_P95_MS} ms`
      : `p95 over ${TARGET_P95_MS} ms at ${largest.toLocaleString("en")}: ${missed.map((figures) => figures.variant).join(", ")}`,
  );
  say(
    `baseline on the first ${Object.entries(BASELINE_POINTS)
      .map(([size, points]) => `${points} points at ${Number(size).toLocaleString("en")}`)
      .join(", ")}; empty: points with no result`,
  );
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const databaseName = `honjok_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  const databaseUrl = `${POSTGRES}/${databaseName}`;
  const clients: [pg.Client, pg.Client] = [
    new pg.Client({ connectionString: databaseUrl }),
    new pg.Client({ connectionString: databaseUrl }),
  ];
  const db = createDatabase(databaseUrl);
  try {
    await applyMigrations(databaseUrl);
    for (const client of clients) await client.connect();
    const sellerIds = await insertSellers(clients[0], SELLERS);
    const itemRandom = seededRandom(1);
    const pointRandom = seededRandom(2);
    const points = Array.from({ length: QUERY_POINTS }, () => seoulPoint(pointRandom));
    const last: LastRawQuery = { sql: undefined, ms: 0 };
    const context = { db: timingRawQueries(db, last), last, client: clients[0], points };
    const all: Figures[] = [];
    for (const size of SIZES) {
      await growTo(clients, itemRandom, size, sellerIds);
      // Other work on the machine shows in the tails; the load tells a reader how quiet it was.
      say(
        `load average before measuring: ${loadavg()
          .map((load) => load.toFixed(1))
          .join(" ")}`,
      );
      for (const variant of VARIANTS) {
        const figures = await measureVariant(context, size, variant);
        say(figuresRow(figures));
        if (process.env.BENCH_MARKET_EXPLAIN) await explainSlowest(clients[0], figures);
        all.push(figures);
      }
    }
    printTable(all);
  } finally {
    await db.$disconnect();
    for (const client of clients) await client.end().catch(() => {});
    if (process.env.BENCH_MARKET_KEEP) say(`kept ${databaseUrl}: DROP DATABASE "${databaseName}" when done`);
    else await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  }
}

await main();
