import type { Place } from "../place.js";

/** A trip's two ends as ride requests and ride alerts store them. */
export function tripColumns(origin: Place, destination: Place) {
  return {
    originLat: origin.lat,
    originLng: origin.lng,
    originLabel: origin.label ?? null,
    destLat: destination.lat,
    destLng: destination.lng,
    destLabel: destination.label ?? null,
  };
}
