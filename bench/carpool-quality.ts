// A synthetic day of ride requests replayed in the order they arrive, matched three ways: ours
// (the instant `bestGroupFor` on arrival, and `assignBatch` over whoever still waits every 30 s),
// the batch pass alone (every request waits up to 30 s for it), and a first-fit greedy baseline
// (on arrival, the waiting request that came first among those a shared ride fits with).
import { groupFare } from "../core/carpool/fare.js";
import { assignBatch, bestGroupFor } from "../core/carpool/grouping.js";
import { OpenRequests } from "../core/carpool/open-requests.js";
import { planGroup } from "../core/carpool/plan.js";
import { CANDIDATES_PLANNED } from "../core/carpool/ranking.js";
import type { CarpoolSettings } from "../core/carpool/settings.js";
import type { GroupPlan, RideWish, TravelEstimator } from "../core/carpool/types.js";
import { syntheticWish } from "./carpool-data.js";
import type { Random } from "./market-data.js";

const MINUTE_MS = 60_000;
const BATCH_EVERY_MS = 30_000;

export interface Arrival {
  wish: RideWish;
  arrivesAt: number;
}

/** `count` requests leaving on the day from `start`, each made 5 to 60 minutes before its window opens. */
export function syntheticDay(random: Random, start: number, count: number): Arrival[] {
  return Array.from({ length: count }, () => {
    const wish = syntheticWish(random, start, 1);
    return { wish, arrivesAt: wish.earliest - Math.round((5 + random() * 55) * MINUTE_MS) };
  }).sort((a, b) => a.arrivesAt - b.arrivesAt);
}

/** The baseline: the first candidate, in the order given, that a shared ride fits with. */
export function firstFitGroup(
  wish: RideWish,
  candidates: Iterable<RideWish>,
  estimate: TravelEstimator,
): GroupPlan | undefined {
  for (const candidate of candidates) {
    const plan = planGroup([candidate, wish], estimate);
    if (plan) return plan;
  }
  return undefined;
}

export type Strategy = "ours" | "first-fit" | "batch only";

export interface DayOutcome {
  strategy: Strategy;
  requests: number;
  matched: number;
  /** Groups by how many requests they hold: pairs, threes, fours. */
  groupsBySize: number[];
  /** Groups found by the 30 s batch pass rather than on arrival. */
  batchGroups: number;
  extraS: number;
  soloKrw: number;
  savingKrw: number;
  ms: number;
}

export function replayDay(
  day: Arrival[],
  strategy: Strategy,
  settings: CarpoolSettings,
  estimate: TravelEstimator,
): DayOutcome {
  const started = performance.now();
  const wishById = new Map(day.map(({ wish }) => [wish.id, wish]));
  const arrivedAt = new Map(day.map(({ wish, arrivesAt }) => [wish.id, arrivesAt]));
  const index = new OpenRequests();
  const outcome: DayOutcome = {
    strategy,
    requests: day.length,
    matched: 0,
    groupsBySize: [0, 0, 0],
    batchGroups: 0,
    extraS: 0,
    soloKrw: 0,
    savingKrw: 0,
    ms: 0,
  };
  // As the worker does: a request whose window closes before a proposal could be answered is out.
  const stillOpen = (now: number) => (wish: RideWish) =>
    wish.latest >= now + settings.proposalTtlMin * MINUTE_MS;
  const expire = (now: number) => {
    for (const wish of [...index.waiting()]) if (!stillOpen(now)(wish)) index.remove(wish.id);
  };
  // Expired requests leave the index before every search, so whatever it finds is still open.
  const candidatesOf = (wish: RideWish) => index.candidatesFor(wish, settings, CANDIDATES_PLANNED);
  const record = (plan: GroupPlan) => {
    const members = plan.requestIds.map((id) => wishById.get(id) as RideWish);
    const fare = groupFare(plan, members, "distance", settings);
    outcome.matched += members.length;
    const size = members.length - 2;
    outcome.groupsBySize[size] = (outcome.groupsBySize[size] ?? 0) + 1;
    outcome.extraS += plan.totalExtraS;
    for (const rider of fare.riders) {
      outcome.soloKrw += rider.soloFareKrw;
      outcome.savingKrw += rider.soloFareKrw - rider.shareKrw;
    }
    for (const id of plan.requestIds) index.remove(id);
  };
  const batch = (now: number) => {
    expire(now);
    for (const plan of assignBatch([...index.waiting()], candidatesOf, estimate, settings)) {
      record(plan);
      outcome.batchGroups++;
    }
  };

  const planOnArrival = (wish: RideWish) => {
    if (strategy === "ours") return bestGroupFor(wish, candidatesOf(wish), estimate, settings);
    if (strategy === "batch only") return undefined;
    const byArrival = index
      .candidatesFor(wish, settings)
      .sort((a, b) => (arrivedAt.get(a.id) as number) - (arrivedAt.get(b.id) as number));
    return firstFitGroup(wish, byArrival, estimate);
  };

  let nextBatch = day[0]?.arrivesAt ?? 0;
  for (const { wish, arrivesAt } of day) {
    for (; strategy !== "first-fit" && nextBatch <= arrivesAt; nextBatch += BATCH_EVERY_MS) batch(nextBatch);
    expire(arrivesAt);
    const plan = planOnArrival(wish);
    if (plan) record(plan);
    else if (stillOpen(arrivesAt)(wish)) index.upsert(wish);
  }
  for (; strategy !== "first-fit" && index.size > 0; nextBatch += BATCH_EVERY_MS) batch(nextBatch);
  outcome.ms = performance.now() - started;
  return outcome;
}
