import {
  type GroupPlan,
  MAX_SEATS_PER_GROUP,
  type RiderPlan,
  type RideWish,
  type TravelEstimator,
} from "./types.js";
import { commonDeparture } from "./window.js";

// The stop order of one shared taxi. Everyone is picked up first, then dropped off: pickups lie
// within walking distance of each other (originRadiusM), so dropping someone off between them
// would never shorten anyone's ride. What remains is small enough to search in full: a group
// holds at most four requests (a seat each at least), so at most 4 last pickups times 4! orders
// of drop-offs.

/** Every order of 0…n−1, for the group sizes there are. */
const ORDERS_BY_SIZE: number[][][] = [[[]]];
for (let size = 1; size <= MAX_SEATS_PER_GROUP; size++) {
  ORDERS_BY_SIZE[size] = (ORDERS_BY_SIZE[size - 1] as number[][]).flatMap((order) =>
    Array.from({ length: size }, (_, at) => [...order.slice(0, at), size - 1, ...order.slice(at)]),
  );
}

/** Travel between any two stops: stop i < n is request i's pickup, stop n + i its drop-off. */
interface Legs {
  durationS: Float64Array;
  distanceM: Float64Array;
  stops: number;
}

const legIndex = (legs: Legs, from: number, to: number) => from * legs.stops + to;

/**
 * The one table of legs every plan fills and reads before it returns: matching plans millions of
 * groups, and a table of its own for each would keep the collector busy for nothing.
 */
const MAX_STOPS = 2 * MAX_SEATS_PER_GROUP;
const LEG_DURATIONS_S = new Float64Array(MAX_STOPS * MAX_STOPS);
const LEG_DISTANCES_M = new Float64Array(MAX_STOPS * MAX_STOPS);

/**
 * Every leg is estimated once, at the group's departure: the legs of one short trip fall in the
 * same hour of average speed, and legs that do not depend on the order let every order be
 * summed from one table instead of asking the estimator again for each.
 */
function estimateLegs(wishes: readonly RideWish[], estimate: TravelEstimator, departAt: number): Legs {
  const n = wishes.length;
  const stops = 2 * n;
  const legs = { durationS: LEG_DURATIONS_S, distanceM: LEG_DISTANCES_M, stops };
  const place = (stop: number) =>
    stop < n ? (wishes[stop] as RideWish).origin : (wishes[stop - n] as RideWish).destination;
  for (let from = 0; from < stops; from++) {
    // No leg runs from a drop-off back to a pickup.
    for (let to = from < n ? 0 : n; to < stops; to++) {
      if (from === to) continue;
      const travel = estimate(place(from), place(to), departAt);
      legs.durationS[legIndex(legs, from, to)] = travel.durationS;
      legs.distanceM[legIndex(legs, from, to)] = travel.distanceM;
    }
  }
  return legs;
}

/** Seconds and metres from the first pickup to each stop, along one order of stops. */
function alongRoute(legs: Legs, route: readonly number[]) {
  const atS = new Float64Array(legs.stops);
  const atM = new Float64Array(legs.stops);
  for (let k = 1; k < route.length; k++) {
    const from = route[k - 1] as number;
    const to = route[k] as number;
    atS[to] = (atS[from] as number) + (legs.durationS[legIndex(legs, from, to)] as number);
    atM[to] = (atM[from] as number) + (legs.distanceM[legIndex(legs, from, to)] as number);
  }
  return { atS, atM };
}

/**
 * For each pickup that may come last, the quickest order of pickups ending there. Arrivals depend
 * on the pickups only through when and where the last one is, so no other pickup order can win.
 */
function quickestPickups(legs: Legs, n: number): { pickups: number[]; pickedUpS: number }[] {
  const quickest: { pickups: number[]; pickedUpS: number }[] = [];
  for (const pickups of ORDERS_BY_SIZE[n] as number[][]) {
    let pickedUpS = 0;
    for (let k = 1; k < n; k++) {
      pickedUpS += legs.durationS[legIndex(legs, pickups[k - 1] as number, pickups[k] as number)] as number;
    }
    const last = pickups[n - 1] as number;
    if (pickedUpS < (quickest[last]?.pickedUpS ?? Number.POSITIVE_INFINITY))
      quickest[last] = { pickups, pickedUpS };
  }
  return quickest.filter((entry) => entry !== undefined);
}

/**
 * The best stop order for `wishes` sharing one taxi, or undefined when none fits: their windows
 * share no moment, they need more than four seats, or every order takes some rider longer than
 * their limit. A rider's extra time is how much later they arrive than had they left alone at
 * the group's departure (the wait for earlier pickups plus the longer ride), so the best order is
 * the one with the least total arrival delay among those within every rider's limit.
 */
export function planGroup(wishes: readonly RideWish[], estimate: TravelEstimator): GroupPlan | undefined {
  const departAt = commonDeparture(wishes);
  const seats = wishes.reduce((sum, wish) => sum + wish.seats, 0);
  const n = wishes.length;
  if (departAt === undefined || n === 0 || n > MAX_SEATS_PER_GROUP || seats > MAX_SEATS_PER_GROUP) {
    return undefined;
  }
  const legs = estimateLegs(wishes, estimate, departAt);
  const soloS = wishes.map((_, i) => legs.durationS[legIndex(legs, i, n + i)] as number);
  let best: StopOrder | undefined;
  for (const { pickups, pickedUpS } of quickestPickups(legs, n)) {
    for (const drops of ORDERS_BY_SIZE[n] as number[][]) {
      let atS = pickedUpS;
      let from = pickups[n - 1] as number;
      let totalExtraS = 0;
      for (const i of drops) {
        atS += legs.durationS[legIndex(legs, from, n + i)] as number;
        from = n + i;
        const extraS = atS - (soloS[i] as number);
        if (extraS > (wishes[i] as RideWish).maxExtraS) {
          totalExtraS = Number.POSITIVE_INFINITY;
          break;
        }
        totalExtraS += extraS;
      }
      if (totalExtraS < (best?.totalExtraS ?? Number.POSITIVE_INFINITY))
        best = { pickups, drops, totalExtraS };
    }
  }
  return best && describePlan(wishes, legs, departAt, best);
}

interface StopOrder {
  pickups: number[];
  drops: number[];
  totalExtraS: number;
}

function describePlan(
  wishes: readonly RideWish[],
  legs: Legs,
  departAt: number,
  { pickups, drops, totalExtraS }: StopOrder,
): GroupPlan {
  const n = wishes.length;
  const { atS, atM } = alongRoute(legs, [...pickups, ...drops.map((i) => n + i)]);
  const lastStop = n + (drops[n - 1] as number);
  const riders = wishes.map((wish, i): RiderPlan => {
    const solo = {
      durationS: legs.durationS[legIndex(legs, i, n + i)] as number,
      distanceM: legs.distanceM[legIndex(legs, i, n + i)] as number,
    };
    const onBoard = {
      durationS: (atS[n + i] as number) - (atS[i] as number),
      distanceM: (atM[n + i] as number) - (atM[i] as number),
    };
    return {
      requestId: wish.id,
      pickupOrder: pickups.indexOf(i),
      dropOrder: drops.indexOf(i),
      solo,
      onBoard,
      extraS: (atS[n + i] as number) - solo.durationS,
    };
  });
  return {
    requestIds: wishes.map((wish) => wish.id),
    departAt,
    route: { durationS: atS[lastStop] as number, distanceM: atM[lastStop] as number },
    riders,
    totalExtraS,
  };
}
