// Points under load (`npm run bench:points`), each figure next to a baseline measured in the same
// run, on 10^5 people in Seoul and 10^6 ledger entries:
//
// 1. Credits per second through creditPoints (the person's lock, the cause and cap reads, the
//    entry and the balance in one transaction). Baseline: a bare INSERT of the same entries.
// 2. Leaderboard p95 for a neighbourhood (all time and this week) and for a group of 500, through
//    core's leaderboard(), against a naive board that sums PointEntry for the same people instead
//    of reading PointBalance or PointWeek. Target: every board within 10 ms at p95.
// 3. Trust recomputed for 10^5 people from their ratings and no-shows (bench/points-trust.ts),
//    batched as the jobs do, against the same recompute one person at a time.
//
// Touches only 127.0.0.1:5432: a database honjok_bench_<random>, dropped at the end.
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { cellAndNeighbours } from "../core/cells.js";
import { createDatabase, type Database } from "../core/db/client.js";
import { leaderboard } from "../core/points/leaderboard.js";
import { creditPoints } from "../core/points/mutations.js";
import type { LeaderboardChoice } from "../core/points/types.js";
import { applyMigrations } from "../prisma/schema-engine.js";
import { measureTrust } from "./points-trust.js";

const POSTGRES = "postgresql://postgres@127.0.0.1:5432";

const PEOPLE = 100_000;
const ENTRIES = 1_000_000;
const GROUPS = 200;
const GROUP_SIZE = 500;
const CREDITS = 2_000;
const CONCURRENCY = 4;
const BOARD_CALLS = 300;
/** Wednesday noon in Seoul: the seeded year of entries ends here. */
const NOW = new Date("2026-12-09T03:00:00Z");
/** Monday 00:00 in Seoul of NOW's week. */
const WEEK_START = new Date("2026-12-06T15:00:00Z");

const say = (line: string) => process.stdout.write(`${line}\n`);
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;
const ms = (value: number) => `${value.toFixed(2)} ms`;

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`benchmark result wrong: ${what}`);
}

async function timed(what: string, run: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await run();
  say(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------
// Seeding, all inside PostgreSQL: people spread over Seoul with their home cell as core/cells.ts
// computes it, a year of entries whose amounts follow the kinds', balances summed from them.

const EARNINGS = [
  ["trade_completed", 10],
  ["ride_happened", 8],
  ["meetup_attended", 5],
  ["workout_attended", 3],
  ["meetup_hosted", 10],
  ["tip_helpful", 2],
  ["streak_month", 20],
] as const;

async function seed(client: pg.Client): Promise<void> {
  await client.query("SELECT setseed(0.14)");
  await timed(`${PEOPLE} people`, () =>
    client.query(`INSERT INTO "User" (id, "displayName", "homeLat", "homeLng", "homeCell", "homePrecision",
        "verifiedAt", "onLeaderboards", "updatedAt")
      SELECT gen_random_uuid(), 'p' || i, lat, lng,
        floor((lat + 90) / 0.027::float8)::int * 20000 + floor((lng + 180) / 0.034::float8)::int, 500,
        now(), i % 20 <> 0, now()
      FROM (SELECT i, 37.45 + random() * 0.22 AS lat, 126.82 + random() * 0.34 AS lng
        FROM generate_series(1, ${PEOPLE}) i) p`),
  );
  await client.query(
    `CREATE TEMP TABLE people AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM "User"`,
  );
  await client.query("CREATE UNIQUE INDEX ON people (n)");
  const kinds = EARNINGS.map(([kind, amount], index) => `(${index}, '${kind}'::"PointKind", ${amount})`).join(
    ", ",
  );
  // The ledger's indexes are built once after the million rows rather than kept up row by row.
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE tablename = 'PointEntry' AND indexname <> 'PointEntry_pkey'`,
  );
  for (const { name } of indexes) await client.query(`DROP INDEX "${name}"`);
  await timed(`${ENTRIES} entries`, () =>
    client.query(`INSERT INTO "PointEntry" (id, "userId", kind, cause, amount, status, "createdAt")
      SELECT gen_random_uuid(), p.id, k.kind, 'seed:' || e.i, k.amount, 'credited',
        '${NOW.toISOString()}'::timestamptz - random() * interval '365 days'
      FROM (SELECT i, 1 + floor(random() * ${PEOPLE})::int AS n, floor(random() * ${EARNINGS.length})::int AS k
        FROM generate_series(1, ${ENTRIES}) i) e
      JOIN people p ON p.n = e.n JOIN (VALUES ${kinds}) k(k, kind, amount) ON k.k = e.k`),
  );
  await timed("ledger indexes", async () => {
    for (const { definition } of indexes) await client.query(definition);
  });
  // Balances and weekly totals as the ledger's writes keep them, each with its person's board columns.
  await timed("balances", () =>
    client.query(`INSERT INTO "PointBalance" ("userId", balance, earned, playground, "homeCell", "onLeaderboards",
        "updatedAt")
      SELECT e."userId", sum(e.amount), sum(e.amount), u.playground, u."homeCell", u."onLeaderboards", now()
      FROM "PointEntry" e JOIN "User" u ON u.id = e."userId"
      GROUP BY e."userId", u.playground, u."homeCell", u."onLeaderboards"`),
  );
  await timed("weekly totals", () =>
    client.query(`INSERT INTO "PointWeek" ("userId", week, earned, playground, "homeCell", "onLeaderboards")
      SELECT e."userId", date_trunc('week', (e."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Seoul')::date,
        sum(e.amount), b.playground, b."homeCell", b."onLeaderboards"
      FROM "PointEntry" e JOIN "PointBalance" b ON b."userId" = e."userId"
      GROUP BY 1, 2, b.playground, b."homeCell", b."onLeaderboards"`),
  );
  await timed(`${GROUPS} groups of ${GROUP_SIZE}`, async () => {
    await client.query(`INSERT INTO "Group" (id, name, description, category, tags, "areaLat", "areaLng", cell,
        "memberCount", "searchTokens", "searchText", "searchChoseong", "updatedAt")
      SELECT gen_random_uuid(), 'group ' || g, '', 'sports', '{}', 37.55, 126.98, 0, ${GROUP_SIZE}, '{}', '', '', now()
      FROM generate_series(1, ${GROUPS}) g`);
    await client.query(`INSERT INTO "GroupMember" ("groupId", "userId")
      SELECT g.id, p.id FROM (SELECT id, row_number() OVER (ORDER BY id) AS g FROM "Group") g
      JOIN people p ON p.n > (g.g - 1) * ${GROUP_SIZE} AND p.n <= g.g * ${GROUP_SIZE}`);
  });
  // As autovacuum leaves a settled table: statistics, and pages marked all-visible for index-only scans.
  await client.query("VACUUM ANALYZE");
}

// ---------------------------------------------------------------------------------------------
// 1. Credits per second

async function inParallel<T>(items: T[], run: (item: T) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await run(items[next++] as T);
    }),
  );
  return items.length / ((performance.now() - started) / 1000);
}

async function measureCredits(db: Database, people: string[]): Promise<void> {
  // Each a person of their own, so the daily cap holds none back and the lock is rarely shared.
  const credits = people.slice(0, CREDITS).map((userId, i) => ({ userId, cause: `bench:${i}` }));
  const core = await inParallel(credits, ({ userId, cause }) =>
    creditPoints(db, { userId, kind: "trade_completed", cause }, NOW),
  );
  const bare = await inParallel(credits, ({ userId, cause }) =>
    db.pointEntry.create({
      data: { userId, kind: "ride_happened", cause, amount: 8, status: "credited", createdAt: NOW },
    }),
  );
  const credited = await db.pointEntry.count({ where: { cause: { startsWith: "bench:" } } });
  check(credited === 2 * CREDITS, `${credited} bench entries, expected ${2 * CREDITS}`);
  say(
    `credits/s, ${CONCURRENCY} at a time: creditPoints ${core.toFixed(0)}, bare INSERT ${bare.toFixed(0)} ` +
      `(creditPoints at ${((core / bare) * 100).toFixed(0)}% of the bare insert)`,
  );
}

// ---------------------------------------------------------------------------------------------
// 2. Leaderboards

/** The naive board: everyone's points summed from the ledger (since a moment), no balance table. */
async function naiveBoard(db: Database, people: { cells: number[]; since?: Date } | { groupId: string }) {
  if ("groupId" in people)
    return db.$queryRaw`SELECT e."userId", sum(e.amount) AS points FROM "PointEntry" e
      JOIN "GroupMember" m ON m."userId" = e."userId" WHERE m."groupId" = ${people.groupId}::uuid
        AND e.status = 'credited' AND e.amount > 0
      GROUP BY e."userId" ORDER BY points DESC LIMIT 10`;
  return db.$queryRaw`SELECT e."userId", sum(e.amount) AS points FROM "PointEntry" e
    JOIN "User" u ON u.id = e."userId" WHERE u."homeCell" = ANY(${people.cells}::int[])
      AND e.status = 'credited' AND e.amount > 0 AND e."createdAt" >= ${people.since ?? new Date(0)}
    GROUP BY e."userId" ORDER BY points DESC LIMIT 10`;
}

interface Viewer {
  userId: string;
  homeCell: number;
  groupId: string;
}

async function latencies(viewers: Viewer[], run: (viewer: Viewer) => Promise<unknown>): Promise<number[]> {
  for (const viewer of viewers.slice(0, 20)) await run(viewer); // warm the caches and the pool
  const times: number[] = [];
  for (const viewer of viewers) {
    const started = performance.now();
    await run(viewer);
    times.push(performance.now() - started);
  }
  return times;
}

async function measureBoards(db: Database, viewers: Viewer[]): Promise<void> {
  const sample = await leaderboard(db, viewers[0]?.userId ?? "", { board: "neighbourhood" }, NOW);
  check(sample.top.length === 10, "a neighbourhood board of 10");
  say("board                      core p50    core p95    naive p50   naive p95   naive/core p95");
  const boards: {
    name: string;
    choice: (viewer: Viewer) => LeaderboardChoice;
    naive?: (viewer: Viewer) => Promise<unknown>;
  }[] = [
    {
      name: "neighbourhood, all time",
      choice: () => ({ board: "neighbourhood" }),
      naive: (viewer) => naiveBoard(db, { cells: cellAndNeighbours(viewer.homeCell) }),
    },
    {
      name: "neighbourhood, this week",
      choice: () => ({ board: "week" }),
      naive: (viewer) => naiveBoard(db, { cells: cellAndNeighbours(viewer.homeCell), since: WEEK_START }),
    },
    {
      name: `group of ${GROUP_SIZE}`,
      choice: (viewer) => ({ board: "group", groupId: viewer.groupId }),
      naive: (viewer) => naiveBoard(db, { groupId: viewer.groupId }),
    },
  ];
  for (const { name, choice, naive } of boards) {
    const core = await latencies(viewers, (viewer) => leaderboard(db, viewer.userId, choice(viewer), NOW));
    const baseline = naive ? await latencies(viewers, naive) : undefined;
    const coreP95 = percentile(core, 0.95);
    const figures = [ms(percentile(core, 0.5)), ms(coreP95)];
    if (baseline) {
      const naiveP95 = percentile(baseline, 0.95);
      figures.push(ms(percentile(baseline, 0.5)), ms(naiveP95), `${(naiveP95 / coreP95).toFixed(1)}×`);
    } else figures.push("—", "—", "—");
    say(`${name.padEnd(26)} ${figures.map((figure) => figure.padEnd(11)).join(" ")}`);
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const databaseName = `honjok_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  const databaseUrl = `${POSTGRES}/${databaseName}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  const db = createDatabase(databaseUrl);
  try {
    await applyMigrations(databaseUrl);
    await client.connect();
    await seed(client);
    const { rows } = await client.query<Viewer>(`SELECT u.id AS "userId", u."homeCell", m."groupId"
      FROM "User" u JOIN "GroupMember" m ON m."userId" = u.id ORDER BY md5(u.id::text) LIMIT ${BOARD_CALLS}`);
    const { rows: people } = await client.query<{ id: string }>(
      `SELECT id FROM "User" ORDER BY md5(id::text || 'c') LIMIT ${CREDITS}`,
    );
    say(
      `load average before measuring: ${loadavg()
        .map((load) => load.toFixed(1))
        .join(" ")}`,
    );
    await measureBoards(db, rows);
    await measureCredits(
      db,
      people.map((person) => person.id),
    );
    await measureTrust(client, db, NOW, say);
  } finally {
    await db.$disconnect();
    await client.end().catch(() => {});
    if (process.env.BENCH_POINTS_KEEP) say(`kept ${databaseUrl}: DROP DATABASE "${databaseName}" when done`);
    else await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  }
}

await main();
