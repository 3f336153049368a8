import type { Prisma } from "../db/client.js";
import { levelOf } from "../points/levels.js";
import { type TrustFacts, type TrustReason, trustScore } from "./score.js";
import { defaultTrustSettings, type TrustSettings } from "./settings.js";
import type { Reputation, TrustView } from "./types.js";

// What the trust score is computed from, read for many people at once (one query per kind of
// fact, never one per person), and the stored scores as others see them.

type Reader = Prisma.TransactionClient;

const DAY_MS = 24 * 60 * 60_000;

/** Appends `value` to the list kept for `key`. */
function push<T>(lists: Map<string, T[]>, key: string, value: T): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/**
 * Reports a moderator upheld: the one place they will come from. Moderation (issue 16) keeps no
 * record of an upheld report yet, so nobody has any.
 */
export async function upheldReportsOf(
  _db: Reader,
  _userIds: string[],
  _since: Date,
): Promise<Map<string, Date[]>> {
  return new Map();
}

/** Rides each person was reported missing from, once per ride however many co-riders reported it. */
async function rideNoShowsOf(db: Reader, userIds: string[], since: Date): Promise<Map<string, Date[]>> {
  const rides = await db.rideNoShow.groupBy({
    by: ["reportedId", "groupId"],
    where: { reportedId: { in: userIds }, createdAt: { gte: since } },
    _min: { createdAt: true },
  });
  const dates = new Map<string, Date[]>();
  for (const ride of rides) if (ride._min.createdAt) push(dates, ride.reportedId, ride._min.createdAt);
  return dates;
}

/**
 * Meetups (workouts among them) each person said they would go to and did not come: their RSVP
 * settled as not attended, which happens only where attendance could be seen (check-in used, the
 * room held). An answer changed from "going" to "can't" keeps no trace of when it changed, so a
 * meetup's late cancel cannot be told from an early one and none is counted.
 */
async function meetupNoShowsOf(db: Reader, userIds: string[], since: Date): Promise<Map<string, Date[]>> {
  const missed = await db.rsvp.findMany({
    where: { userId: { in: userIds }, attended: false, meetup: { endAt: { gte: since } } },
    select: { userId: true, meetup: { select: { endAt: true } } },
  });
  const dates = new Map<string, Date[]>();
  for (const { userId, meetup } of missed) push(dates, userId, meetup.endAt);
  return dates;
}

/** Confirmed rides each person cancelled too close to departure (core/carpool/requests). */
async function rideLateCancelsOf(db: Reader, userIds: string[], since: Date): Promise<Map<string, Date[]>> {
  const cancelled = await db.rideRequest.findMany({
    where: { riderId: { in: userIds }, lateCancel: true, cancelledAt: { gte: since } },
    select: { riderId: true, cancelledAt: true },
  });
  const dates = new Map<string, Date[]>();
  for (const { riderId, cancelledAt } of cancelled) if (cancelledAt) push(dates, riderId, cancelledAt);
  return dates;
}

/** Stars and dates of the ratings each person received after trades and rides, never who gave them. */
async function ratingsOf(db: Reader, userIds: string[], since: Date) {
  const rows = await db.rating.findMany({
    where: { rateeId: { in: userIds }, createdAt: { gte: since } },
    select: { rateeId: true, score: true, createdAt: true },
  });
  const ratings = new Map<string, TrustFacts["ratings"]>();
  for (const { rateeId, score, createdAt } of rows) push(ratings, rateeId, { score, at: createdAt });
  return ratings;
}

interface ProofColumns {
  verifiedAt: Date | null;
  emailCipher: string | null;
  phoneCipher: string | null;
  videoVerifiedAt: Date | null;
}

function verifiedWays(user: ProofColumns): TrustFacts["verified"] {
  return {
    // A persona proves an address by reading its mail but keeps none (core/identity/mutations.ts),
    // and personas are made verified: a proof with no number behind it is the e-mail kind.
    email: user.emailCipher !== null || (user.verifiedAt !== null && user.phoneCipher === null),
    phone: user.phoneCipher !== null,
    video: user.videoVerifiedAt !== null,
  };
}

/**
 * Every fact the trust score of each person is made of, as at `now`: only what happened within
 * the settings' window is read. People who do not exist (any more) are left out.
 */
export async function trustFactsOf(
  db: Reader,
  userIds: string[],
  now: Date,
  settings: TrustSettings = defaultTrustSettings,
): Promise<Map<string, TrustFacts>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const since = new Date(now.getTime() - settings.windowDays * DAY_MS);
  // One after another: in a transaction, the queries share its one connection anyway.
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      createdAt: true,
      verifiedAt: true,
      emailCipher: true,
      phoneCipher: true,
      videoVerifiedAt: true,
    },
  });
  const ratings = await ratingsOf(db, ids, since);
  const rideNoShows = await rideNoShowsOf(db, ids, since);
  const meetupNoShows = await meetupNoShowsOf(db, ids, since);
  const lateCancels = await rideLateCancelsOf(db, ids, since);
  const reports = await upheldReportsOf(db, ids, since);
  return new Map(
    users.map((user) => [
      user.id,
      {
        ratings: ratings.get(user.id) ?? [],
        noShows: [...(rideNoShows.get(user.id) ?? []), ...(meetupNoShows.get(user.id) ?? [])],
        lateCancels: lateCancels.get(user.id) ?? [],
        upheldReports: reports.get(user.id) ?? [],
        verified: verifiedWays(user),
        accountCreatedAt: user.createdAt,
      },
    ]),
  );
}

/** The version of each person's score (0 for someone who has no row yet). */
export async function trustVersions(db: Reader, userIds: string[]): Promise<Map<string, number>> {
  const rows = await db.trustScore.findMany({
    where: { userId: { in: userIds } },
    select: { userId: true, version: true },
  });
  return new Map(rows.map((row) => [row.userId, row.version]));
}

/** Scores a cause made stale whose job is still owed, the longest waiting first. */
export async function listStaleTrustScores(db: Reader, limit = 2000) {
  return db.trustScore.findMany({
    where: { staleSince: { not: null } },
    orderBy: { staleSince: "asc" },
    take: limit,
    select: { userId: true, version: true },
  });
}

/**
 * The level and temperature shown beside each person's name, in two reads for any number of
 * people. Someone whose score was never stored shows where everyone starts.
 */
export async function reputationsOf(
  db: Reader,
  userIds: string[],
  settings: TrustSettings = defaultTrustSettings,
): Promise<Map<string, Reputation>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const scores = await db.trustScore.findMany({
    where: { userId: { in: ids } },
    select: { userId: true, temperature: true },
  });
  const balances = await db.pointBalance.findMany({
    where: { userId: { in: ids } },
    select: { userId: true, earned: true },
  });
  const temperatures = new Map(scores.map((row) => [row.userId, row.temperature]));
  const earned = new Map(balances.map((row) => [row.userId, row.earned]));
  return new Map(
    ids.map((id) => [
      id,
      {
        level: levelOf(earned.get(id) ?? 0).level,
        temperature: temperatures.get(id) ?? settings.startDegrees,
      },
    ]),
  );
}

/**
 * A person's temperature and why, for /trust: the stored one while no cause came after it (what
 * others see), else worked out from the facts now, so a change shows at once to the person.
 */
export async function trustOf(
  db: Reader,
  userId: string,
  now: Date,
  settings: TrustSettings = defaultTrustSettings,
): Promise<TrustView> {
  const stored = await db.trustScore.findUnique({ where: { userId } });
  if (stored && stored.computedVersion >= stored.version) {
    // Written by recomputeTrust from TrustScore.reasons only.
    return { temperature: stored.temperature, reasons: stored.reasons as unknown as TrustReason[] };
  }
  const facts = (await trustFactsOf(db, [userId], now, settings)).get(userId);
  if (!facts) return { temperature: settings.startDegrees, reasons: [] };
  return trustScore(facts, now, settings);
}
