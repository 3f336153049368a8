// Shared by the carpool unit tests: ride wishes in Seoul, built from a few facts each test cares about.
import type { LatLng, RideWish } from "./types.js";

export const gangnam: LatLng = { lat: 37.4979, lng: 127.0276 };

/** About a kilometre of latitude and of longitude at Seoul. */
const KM_LAT_DEG = 1 / 111.195;
const KM_LNG_DEG = KM_LAT_DEG / Math.cos((gangnam.lat * Math.PI) / 180);

/** The point `eastKm` east and `northKm` north of `from`. */
export function offset(from: LatLng, eastKm: number, northKm = 0): LatLng {
  return { lat: from.lat + northKm * KM_LAT_DEG, lng: from.lng + eastKm * KM_LNG_DEG };
}

/** 2026-11-21 23:00 in Seoul. */
export const TONIGHT = Date.parse("2026-11-21T14:00:00Z");
const MINUTE_MS = 60_000;

let nextId = 1;

/** A wish from Gangnam to 8 km east, leaving 23:00 ± 15 minutes, unless `changes` says otherwise. */
export function rideWish(changes: Partial<RideWish> = {}): RideWish {
  const id = changes.id ?? `request-${nextId++}`;
  return {
    id,
    riderId: `rider-of-${id}`,
    origin: gangnam,
    destination: offset(gangnam, 8),
    earliest: TONIGHT - 15 * MINUTE_MS,
    latest: TONIGHT + 15 * MINUTE_MS,
    seats: 1,
    maxExtraS: 15 * 60,
    sameGender: false,
    gender: undefined,
    temperature: 36.5,
    minTemperature: undefined,
    avoid: [],
    playground: false,
    split: "distance",
    version: 1,
    ...changes,
  };
}
