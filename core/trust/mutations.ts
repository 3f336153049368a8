import type { Database, Prisma } from "../db/client.js";
import { trustFactsOf, trustVersions } from "./queries.js";
import { trustScore } from "./score.js";
import { defaultTrustSettings, type TrustSettings } from "./settings.js";

// The stored trust scores. A cause never touches a temperature: it bumps the person's version in
// its own transaction (markTrustStale), and a recompute writes what the facts give, guarded so
// that what it computed replaces only something older. No read-modify-write anywhere, so causes
// and recomputes on many machines at once cannot lose one another.

/** People recomputed per round of queries: big enough to be few rounds, small enough for `IN (…)`. */
const RECOMPUTE_BATCH = 1000;

/**
 * Something a person's score is made of changed (a rating, a no-show, a verification…): called in
 * the transaction of that change, so a committed cause always leaves its score owed. The worker's
 * scan finds the row and queues its keyed job.
 */
export async function markTrustStale(
  tx: Prisma.TransactionClient,
  userIds: string[],
  now = new Date(),
): Promise<void> {
  // Sorted, so two causes touching the same people lock their rows in the same order.
  const ids = [...new Set(userIds)].sort();
  if (ids.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "TrustScore" ("userId", "staleSince")
    SELECT id, ${now}::timestamp FROM unnest(${ids}::uuid[]) AS ids(id)
    ON CONFLICT ("userId") DO UPDATE SET
      version = "TrustScore".version + 1,
      "staleSince" = COALESCE("TrustScore"."staleSince", EXCLUDED."staleSince")`;
}

interface Computed {
  userId: string;
  version: number;
  temperature: number;
  reasons: string;
}

/**
 * Stores scores computed at `now` from facts at least as new as `version`. A row is written only
 * when that is newer than what it holds (a later version, or the same one at a later moment) and
 * says something else; it stops being stale once no cause came after the version computed.
 */
async function writeScores(db: Database, scores: Computed[], now: Date): Promise<number> {
  if (scores.length === 0) return 0;
  return db.$executeRaw`
    INSERT INTO "TrustScore" ("userId", temperature, reasons, version, "computedVersion", "computedAt")
    SELECT c."userId", c.temperature, c.reasons, c.version, c.version, ${now}::timestamp
    FROM unnest(${scores.map((s) => s.userId)}::uuid[], ${scores.map((s) => s.temperature)}::float8[],
                ${scores.map((s) => s.reasons)}::jsonb[], ${scores.map((s) => s.version)}::int[])
      AS c("userId", temperature, reasons, version)
    ON CONFLICT ("userId") DO UPDATE SET
      temperature = EXCLUDED.temperature,
      reasons = EXCLUDED.reasons,
      "computedVersion" = EXCLUDED."computedVersion",
      "computedAt" = EXCLUDED."computedAt",
      "staleSince" = CASE WHEN "TrustScore".version <= EXCLUDED."computedVersion" THEN NULL
                          ELSE "TrustScore"."staleSince" END
    WHERE ("TrustScore"."computedVersion", COALESCE("TrustScore"."computedAt", '-infinity'::timestamp))
          < (EXCLUDED."computedVersion", EXCLUDED."computedAt")
      AND ("TrustScore"."computedVersion" < EXCLUDED."computedVersion"
           OR "TrustScore".temperature <> EXCLUDED.temperature
           OR "TrustScore".reasons <> EXCLUDED.reasons)`;
}

async function recomputeBatch(db: Database, userIds: string[], now: Date, settings: TrustSettings) {
  // The versions first: a cause commits its fact with its version, so facts read after a version
  // include everything that version counts.
  const versions = await trustVersions(db, userIds);
  const facts = await trustFactsOf(db, userIds, now, settings);
  const scores = [...facts].map(([userId, personFacts]) => {
    const { temperature, reasons } = trustScore(personFacts, now, settings);
    return { userId, version: versions.get(userId) ?? 0, temperature, reasons: JSON.stringify(reasons) };
  });
  return writeScores(db, scores, now);
}

/**
 * Recomputes the scores of any number of people from their facts as at `now`, a thousand per
 * round of queries, and returns how many stored scores changed. Idempotent; safe beside causes
 * and other recomputes. The keyed job, the nightly pass and benchmarks all come through here.
 */
export async function recomputeTrust(
  db: Database,
  userIds: string[],
  now = new Date(),
  settings: TrustSettings = defaultTrustSettings,
): Promise<number> {
  const ids = [...new Set(userIds)];
  let changed = 0;
  for (let start = 0; start < ids.length; start += RECOMPUTE_BATCH) {
    changed += await recomputeBatch(db, ids.slice(start, start + RECOMPUTE_BATCH), now, settings);
  }
  return changed;
}

/**
 * The nightly pass: everyone, since time alone moves a temperature (ratings and no-shows fade,
 * the account grows older, the oldest leave the window). Only scores that changed are written.
 */
export async function recomputeEveryone(
  db: Database,
  now = new Date(),
  settings: TrustSettings = defaultTrustSettings,
): Promise<number> {
  let changed = 0;
  let after: string | undefined;
  for (;;) {
    const page = await db.user.findMany({
      where: after ? { id: { gt: after } } : {},
      orderBy: { id: "asc" },
      take: RECOMPUTE_BATCH,
      select: { id: true },
    });
    if (page.length === 0) return changed;
    changed += await recomputeBatch(
      db,
      page.map(({ id }) => id),
      now,
      settings,
    );
    after = page[page.length - 1]?.id;
  }
}
