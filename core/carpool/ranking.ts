import { METRES_PER_DEGREE_LAT } from "../cells.js";
import type { RideWish } from "./types.js";

// Which candidates are worth planning a shared ride with. Where requests crowd (a Friday night in
// Gangnam), a request has a thousand candidates or more, and planning each pair costs some
// microseconds; a cheap guess ranks them all, and only the best few are planned.

/**
 * How many candidates, the most promising first, are planned as pairs. The pair with the least
 * extra time is almost always among the first few by `extraDistanceGuess` (bench/carpool.ts
 * counts how often planning every candidate would have found a better one), so 32 leaves a wide
 * margin while keeping a match in a crowd as cheap as one in a quiet street.
 */
export const CANDIDATES_PLANNED = 32;

/**
 * A quick guess, in metres, of how far sharing with another request takes someone out of their
 * way: as if both started at `wish`'s pickup, whoever is dropped off second rides via the other's
 * drop-off, which adds at least the distance between the drop-offs less the difference of the
 * two trips; plus the way to the other's pickup. Measured on a flat map around the pickup, with
 * no trig per candidate, and from bare coordinates, so the open-request index can rank requests
 * without reaching for them.
 */
export function extraDistanceGuess(
  wish: RideWish,
): (originLat: number, originLng: number, destinationLat: number, destinationLng: number) => number {
  const metresPerDegreeLng = METRES_PER_DEGREE_LAT * Math.cos((wish.origin.lat * Math.PI) / 180);
  const apart = (latA: number, lngA: number, latB: number, lngB: number) =>
    Math.hypot((lngA - lngB) * metresPerDegreeLng, (latA - latB) * METRES_PER_DEGREE_LAT);
  const { origin, destination } = wish;
  const tripM = apart(origin.lat, origin.lng, destination.lat, destination.lng);
  return (originLat, originLng, destinationLat, destinationLng) =>
    apart(destination.lat, destination.lng, destinationLat, destinationLng) -
    Math.abs(apart(origin.lat, origin.lng, destinationLat, destinationLng) - tripM) +
    apart(origin.lat, origin.lng, originLat, originLng);
}
