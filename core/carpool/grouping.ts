import { planGroup } from "./plan.js";
import { CANDIDATES_PLANNED, extraDistanceGuess } from "./ranking.js";
import type { CarpoolSettings } from "./settings.js";
import { greatCircleM } from "./travel.js";
import { type GroupPlan, MAX_SEATS_PER_GROUP, type RideWish, type TravelEstimator } from "./types.js";
import { windowsOverlap } from "./window.js";

// Which open requests may share a taxi, and which group to propose. A group is feasible when its
// members are pairwise compatible and `planGroup` finds a stop order within every rider's limit.

type MatchSettings = Pick<CarpoolSettings, "originRadiusM">;

const acceptsGenderOf = (a: RideWish, b: RideWish) =>
  !a.sameGender || (a.gender !== undefined && a.gender === b.gender);

const acceptsTemperatureOf = (a: RideWish, b: RideWish) =>
  a.minTemperature === undefined || b.temperature >= a.minTemperature;

/** Whether two requests may ride together at all, before any route is worked out. Symmetric. */
export function compatible(a: RideWish, b: RideWish, settings: MatchSettings): boolean {
  return (
    a.id !== b.id &&
    a.riderId !== b.riderId &&
    a.playground === b.playground &&
    a.seats + b.seats <= MAX_SEATS_PER_GROUP &&
    windowsOverlap(a, b) &&
    acceptsGenderOf(a, b) &&
    acceptsGenderOf(b, a) &&
    acceptsTemperatureOf(a, b) &&
    acceptsTemperatureOf(b, a) &&
    !a.avoid.includes(b.id) &&
    !b.avoid.includes(a.id) &&
    greatCircleM(a.origin, b.origin) <= settings.originRadiusM
  );
}

/**
 * How many of a request's partners, the best pairs first, are tried in groups of three and four:
 * larger groups grow as the square and the cube of the partners. Dropping a rider never makes
 * the others' ride longer (the remaining stops keep their order and the road obeys the triangle
 * inequality), so every partner in a feasible larger group also makes a feasible pair, and the
 * partners that pair best are the likeliest to fit three or four in one car.
 */
const PARTNERS_FOR_LARGER_GROUPS = 8;

/** The compatible candidates worth planning: those with the smallest guessed extra distance. */
function mostPromising(wish: RideWish, candidates: Iterable<RideWish>, settings: MatchSettings): RideWish[] {
  const guess = extraDistanceGuess(wish);
  const ranked: { candidate: RideWish; guessM: number }[] = [];
  for (const candidate of candidates) {
    if (!compatible(wish, candidate, settings)) continue;
    const { origin, destination } = candidate;
    ranked.push({ candidate, guessM: guess(origin.lat, origin.lng, destination.lat, destination.lng) });
  }
  if (ranked.length > CANDIDATES_PLANNED) {
    ranked.sort((a, b) => a.guessM - b.guessM).length = CANDIDATES_PLANNED;
  }
  return ranked.map(({ candidate }) => candidate);
}

/** Metres the group drives less than its riders would alone: what the fare saving follows. */
const distanceSavedM = (plan: GroupPlan) =>
  plan.riders.reduce((sum, rider) => sum + rider.solo.distanceM, 0) - plan.route.distanceM;

const byMoreRidersThenSaving = (a: GroupPlan, b: GroupPlan) =>
  b.riders.length - a.riders.length || distanceSavedM(b) - distanceSavedM(a);

/**
 * The feasible groups of two to four requests that contain `wish`, drawn from `candidates`. Each
 * pair is planned (of the most promising candidates), then groups of three from the partners of
 * the best pairs, then groups of four only where all three triples inside them fit (as in
 * Apriori). A pair more than `largerWithinS` worse than the best pair seeds no larger group.
 */
function feasibleGroupsWith(
  wish: RideWish,
  candidates: Iterable<RideWish>,
  estimate: TravelEstimator,
  settings: MatchSettings,
  largerWithinS: number,
): GroupPlan[] {
  const pairs: { partner: RideWish; plan: GroupPlan }[] = [];
  for (const candidate of mostPromising(wish, candidates, settings)) {
    const plan = planGroup([wish, candidate], estimate);
    if (plan) pairs.push({ partner: candidate, plan });
  }
  pairs.sort((a, b) => a.plan.totalExtraS - b.plan.totalExtraS);
  const seedsUpToS = (pairs[0]?.plan.totalExtraS ?? 0) + largerWithinS;
  const partners = pairs
    .slice(0, PARTNERS_FOR_LARGER_GROUPS)
    .filter((pair) => pair.plan.totalExtraS <= seedsUpToS)
    .map((pair) => pair.partner);
  const groups = pairs.map((pair) => pair.plan);
  const tryGroup = (...members: RideWish[]) => {
    const plan = planGroup([wish, ...members], estimate);
    if (plan) groups.push(plan);
    return plan !== undefined;
  };
  const fittingTriples = new Set<number>();
  const tripleKey = (i: number, j: number) => i * PARTNERS_FOR_LARGER_GROUPS + j;
  for (let i = 0; i < partners.length; i++) {
    for (let j = i + 1; j < partners.length; j++) {
      const [first, second] = [partners[i] as RideWish, partners[j] as RideWish];
      if (compatible(first, second, settings) && tryGroup(first, second)) fittingTriples.add(tripleKey(i, j));
    }
  }
  for (let i = 0; i < partners.length; i++) {
    for (let j = i + 1; j < partners.length; j++) {
      for (let k = j + 1; k < partners.length; k++) {
        const supported = [tripleKey(i, j), tripleKey(i, k), tripleKey(j, k)].every((key) =>
          fittingTriples.has(key),
        );
        if (supported) tryGroup(partners[i] as RideWish, partners[j] as RideWish, partners[k] as RideWish);
      }
    }
  }
  return groups;
}

/**
 * The group to propose to `wish` right away: the feasible group with the least total extra time
 * (then the more riders, then the more distance saved), or undefined when there is none.
 */
export function bestGroupFor(
  wish: RideWish,
  candidates: Iterable<RideWish>,
  estimate: TravelEstimator,
  settings: MatchSettings,
): GroupPlan | undefined {
  // A larger group takes at least the extra time of each of its pairs with `wish` (dropping riders
  // never lengthens the others' ride), so only partners tying the best pair can do as well.
  const groups = feasibleGroupsWith(wish, candidates, estimate, settings, 0);
  groups.sort((a, b) => a.totalExtraS - b.totalExtraS || byMoreRidersThenSaving(a, b));
  return groups[0];
}

/**
 * How many of each request's groups, its best by extra time per rider, enter the batch pass's
 * ranking: a request's later groups are seldom still free when the greedy pass reaches them,
 * and keeping every feasible group of ten thousand requests would hold hundreds of megabytes.
 */
const BATCH_GROUPS_PER_REQUEST = 8;

const extraPerRiderS = (plan: GroupPlan) => plan.totalExtraS / plan.riders.length;
const byExtraPerRider = (a: GroupPlan, b: GroupPlan) =>
  extraPerRiderS(a) - extraPerRiderS(b) || byMoreRidersThenSaving(a, b);

/**
 * The batch pass over requests still waiting: the best groups each of them could be in, taken
 * greedily by the least extra time per rider, each request in at most one group. Unlike taking
 * requests first come, first served, a request is not spent on a poor group while a better one
 * for it exists, and larger groups compete on what each of their riders pays in time.
 */
export function assignBatch(
  wishes: Iterable<RideWish>,
  candidatesOf: (wish: RideWish) => Iterable<RideWish>,
  estimate: TravelEstimator,
  settings: MatchSettings,
): GroupPlan[] {
  const byMembers = new Map<string, GroupPlan>();
  for (const wish of wishes) {
    const groups = feasibleGroupsWith(wish, candidatesOf(wish), estimate, settings, Infinity);
    for (const plan of groups.sort(byExtraPerRider).slice(0, BATCH_GROUPS_PER_REQUEST)) {
      byMembers.set([...plan.requestIds].sort().join(" "), plan);
    }
  }
  const ranked = [...byMembers.values()].sort(byExtraPerRider);
  const taken = new Set<string>();
  const chosen: GroupPlan[] = [];
  for (const plan of ranked) {
    if (plan.requestIds.some((id) => taken.has(id))) continue;
    chosen.push(plan);
    for (const id of plan.requestIds) taken.add(id);
  }
  return chosen;
}

/**
 * A request as matching searches it at `now`. Riders need the proposal's time to answer, so a
 * group leaves no sooner than that: the window starts then, which keeps out candidates whose
 * window closes sooner and makes every plan depart late enough. Undefined: it is too late.
 */
export function answerableWish(
  wish: RideWish,
  now: number,
  settings: Pick<CarpoolSettings, "proposalTtlMin">,
): RideWish | undefined {
  const answeredBy = now + settings.proposalTtlMin * 60_000;
  if (wish.latest < answeredBy) return undefined;
  return { ...wish, earliest: Math.max(wish.earliest, answeredBy) };
}
