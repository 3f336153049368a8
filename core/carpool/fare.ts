import { inCity } from "./area.js";
import { localHour } from "./local-time.js";
import type { CarpoolSettings, FareTable } from "./settings.js";
import { roadEstimator } from "./travel.js";
import type { FareSplit, GroupFare, GroupPlan, LatLng, RideWish, Travel } from "./types.js";

type FareSettings = Pick<CarpoolSettings, "fare" | "timeZone" | "cityArea">;

/** What the meter shows at the end of `travel`, driven at one constant speed, before surcharges. */
function meterFare(travel: Travel, table: FareTable): number {
  // The meter counts distance, or time while the taxi is slower than one distance step per time
  // step (131 m per 30 s, 15.72 km/h in Seoul). At a constant speed the whole trip is one or the
  // other, so it counts whichever accrues the more, expressed in metres.
  const meteredM = Math.max(travel.distanceM, (travel.durationS / table.stepTimeS) * table.stepDistanceM);
  const steps = Math.floor(Math.max(0, meteredM - table.baseDistanceM) / table.stepDistanceM);
  return table.baseFareKrw + steps * table.stepFareKrw;
}

const inPeriod = (hour: number, { fromHour, toHour }: { fromHour: number; toHour: number }) =>
  fromHour <= toHour ? hour >= fromHour && hour < toHour : hour >= fromHour || hour < toHour;

/**
 * The whole fare of a trip leaving at `departAt`. The night rate of the departure holds for the
 * whole trip, and the city surcharge adds to it (Seoul's 시계외 할증 stacks on the 심야 할증).
 */
function fareOf(travel: Travel, departAt: number, stops: readonly LatLng[], settings: FareSettings): number {
  const { fare: table } = settings;
  const hour = localHour(departAt, settings.timeZone);
  const nightRate = table.surcharges
    .filter((surcharge) => inPeriod(hour, surcharge))
    .reduce((sum, surcharge) => sum + surcharge.rate, 0);
  const cityRate = stops.every((stop) => inCity(stop, settings)) ? 0 : table.outsideCityRate;
  const exact = meterFare(travel, table) * (1 + nightRate + cityRate);
  return Math.round(exact / table.roundingKrw) * table.roundingKrw;
}

/** The fare of a trip from `from` to `to`, in won, rounded as the meter rounds. */
export function estimateFare(
  travel: Travel,
  departAt: number,
  { from, to }: { from: LatLng; to: LatLng },
  settings: FareSettings,
): number {
  return fareOf(travel, departAt, [from, to], settings);
}

/**
 * Splits `total` (a multiple of `unit`) by `weights` into multiples of `unit` that add up to it
 * exactly: each gets its whole units, and the units left over go to the largest remainders.
 */
function splitByWeight(total: number, weights: number[], unit: number): number[] {
  const units = Math.round(total / unit);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (units * weight) / sum);
  const shares = exact.map((value) => Math.floor(value));
  const left = units - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder.slice(0, left)) shares[i] = (shares[i] as number) + 1;
  return shares.map((share) => share * unit);
}

/**
 * The shared trip's fare and each rider's share of it, next to what they would pay alone at the
 * same departure. A request for two seats brings two people, so it weighs twice.
 */
export function groupFare(
  plan: GroupPlan,
  wishes: readonly RideWish[],
  split: FareSplit,
  settings: FareSettings,
): GroupFare {
  const members = plan.riders.map((rider) => {
    const wish = wishes.find((candidate) => candidate.id === rider.requestId);
    if (!wish) throw new Error(`groupFare: no wish for request ${rider.requestId}`);
    return { rider, wish };
  });
  const stops = members.flatMap(({ wish }) => [wish.origin, wish.destination]);
  const fareKrw = fareOf(plan.route, plan.departAt, stops, settings);
  const weights = members.map(
    ({ rider, wish }) => wish.seats * (split === "distance" ? rider.onBoard.distanceM : 1),
  );
  const shares = splitByWeight(fareKrw, weights, settings.fare.roundingKrw);
  return {
    fareKrw,
    riders: members.map(({ rider, wish }, i) => ({
      requestId: rider.requestId,
      soloFareKrw: estimateFare(
        rider.solo,
        plan.departAt,
        { from: wish.origin, to: wish.destination },
        settings,
      ),
      shareKrw: shares[i] as number,
    })),
  };
}

/** A group splits equally only when every rider in it asked to; otherwise by the distance each rides. */
export function agreedSplit(wishes: readonly Pick<RideWish, "split">[]): FareSplit {
  return wishes.every((wish) => wish.split === "equal") ? "equal" : "distance";
}

/** What the trip would cost alone, leaving at `departAt`: told to a rider when they ask. */
export function soloFare(
  trip: { from: LatLng; to: LatLng },
  departAt: number,
  settings: FareSettings & Parameters<typeof roadEstimator>[0],
): number {
  return estimateFare(roadEstimator(settings)(trip.from, trip.to, departAt), departAt, trip, settings);
}
