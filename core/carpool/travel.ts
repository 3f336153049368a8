import { earthRadius } from "@turf/turf";
import { localHour } from "./local-time.js";
import type { CarpoolSettings } from "./settings.js";
import type { LatLng, TravelEstimator } from "./types.js";

const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Great-circle metres between two points (haversine, on turf's sphere so it agrees with
 * `metresBetween`). Written out rather than through turf: matching measures millions of pairs,
 * and building two GeoJSON points for each would cost more than the arithmetic itself.
 */
export function greatCircleM(a: LatLng, b: LatLng): number {
  const sinHalfLat = Math.sin(((b.lat - a.lat) * RADIANS_PER_DEGREE) / 2);
  const sinHalfLng = Math.sin(((b.lng - a.lng) * RADIANS_PER_DEGREE) / 2);
  const h =
    sinHalfLat * sinHalfLat +
    Math.cos(a.lat * RADIANS_PER_DEGREE) * Math.cos(b.lat * RADIANS_PER_DEGREE) * sinHalfLng * sinHalfLng;
  return 2 * earthRadius * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The default estimator, no routing engine needed: the road is the great circle times a road
 * factor, driven at the average speed of the departure's local hour.
 */
export function roadEstimator(
  settings: Pick<CarpoolSettings, "roadFactor" | "speedKmhByHour" | "timeZone">,
): TravelEstimator {
  const metresPerSecondByHour = settings.speedKmhByHour.map((kmh) => kmh / 3.6);
  // Planning a group asks for every leg at one departure: the speed is looked up once for them.
  let lastDepartAt = Number.NaN;
  let speed = 0;
  return (from, to, departAt) => {
    if (departAt !== lastDepartAt) {
      speed = metresPerSecondByHour[localHour(departAt, settings.timeZone)] as number;
      lastDepartAt = departAt;
    }
    const distanceM = greatCircleM(from, to) * settings.roadFactor;
    return { distanceM, durationS: distanceM / speed };
  };
}
