// bench:points, part 3: the trust score recomputed for every seeded person, batched as the keyed
// jobs and the nightly pass do (recomputeTrust), against a naive baseline in the same run: the same
// recompute one person at a time, as a job per person without batching would.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import type { Database } from "../core/db/client.js";
import { recomputeTrust } from "../core/trust/mutations.js";

const RATINGS_PER_PERSON = 5;
const NO_SHOWS = 20_000;
/** People the naive baseline recomputes; its rate is per person, so a sample is enough. */
const NAIVE_SAMPLE = 1_000;

/** Ratings over the last 18 months (a third outside the year that counts), and some no-shows. */
async function seedTrustFacts(client: pg.Client, people: number, now: Date): Promise<void> {
  await client.query(`INSERT INTO "Rating" (id, context, "subjectId", "raterId", "rateeId", score, tags, "createdAt")
    SELECT gen_random_uuid(), (CASE WHEN random() < 0.5 THEN 'trade' ELSE 'ride' END)::"RatingContext",
      gen_random_uuid(), rater.id, ratee.id, 1 + floor(random() * 5)::int, '{}',
      '${now.toISOString()}'::timestamptz - random() * interval '540 days'
    FROM (SELECT 1 + floor(random() * ${people})::int AS a, 1 + floor(random() * ${people})::int AS b
      FROM generate_series(1, ${people * RATINGS_PER_PERSON})) r
    JOIN people rater ON rater.n = r.a JOIN people ratee ON ratee.n = r.b WHERE r.a <> r.b`);
  await client.query(`INSERT INTO "RideNoShow" ("groupId", "reporterId", "reportedId", "createdAt")
    SELECT gen_random_uuid(), reporter.id, reported.id, '${now.toISOString()}'::timestamptz - random() * interval '365 days'
    FROM (SELECT 1 + floor(random() * ${people})::int AS a, 1 + floor(random() * ${people})::int AS b
      FROM generate_series(1, ${NO_SHOWS})) r
    JOIN people reporter ON reporter.n = r.a JOIN people reported ON reported.n = r.b WHERE r.a <> r.b`);
  await client.query("ANALYZE");
}

async function perSecond(count: number, run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return count / ((performance.now() - started) / 1000);
}

export async function measureTrust(
  client: pg.Client,
  db: Database,
  now: Date,
  say: (line: string) => void,
): Promise<void> {
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM people ORDER BY n`);
  const people = rows.map((row) => row.id);
  await seedTrustFacts(client, people.length, now);
  const sample = people.slice(0, NAIVE_SAMPLE);
  const naive = await perSecond(sample.length, async () => {
    for (const userId of sample) await recomputeTrust(db, [userId], now);
  });
  // Later than the sample's moment, so the batch writes every score again, the sample's too.
  const later = new Date(now.getTime() + 60_000);
  const batched = await perSecond(people.length, () => recomputeTrust(db, people, later));
  const stored = await db.trustScore.count({ where: { computedAt: later } });
  if (stored < people.length * 0.99) throw new Error(`benchmark result wrong: ${stored} scores stored`);
  say(
    `trust recomputed for ${people.length} people (${RATINGS_PER_PERSON} ratings each): ` +
      `${Math.round(batched)} people/s batched in ${(people.length / batched).toFixed(1)} s, ` +
      `${Math.round(naive)} people/s one at a time (${(batched / naive).toFixed(1)}× faster)`,
  );
}
