import type { RideRequest } from "../db/generated/client.js";
import type { RideWish } from "./types.js";

/** The columns matching reads; every query that feeds the index selects exactly these. */
export const wishColumns = {
  id: true,
  riderId: true,
  originLat: true,
  originLng: true,
  destLat: true,
  destLng: true,
  earliest: true,
  latest: true,
  seats: true,
  maxExtraMin: true,
  sameGender: true,
  gender: true,
  temperature: true,
  minTemperature: true,
  avoidIds: true,
  playground: true,
  split: true,
  version: true,
} as const;

export type WishRow = Pick<RideRequest, keyof typeof wishColumns>;

export function wishOf(row: WishRow): RideWish {
  return {
    id: row.id,
    riderId: row.riderId,
    origin: { lat: row.originLat, lng: row.originLng },
    destination: { lat: row.destLat, lng: row.destLng },
    earliest: row.earliest.getTime(),
    latest: row.latest.getTime(),
    seats: row.seats,
    maxExtraS: row.maxExtraMin * 60,
    sameGender: row.sameGender,
    gender: row.gender ?? undefined,
    temperature: row.temperature,
    minTemperature: row.minTemperature ?? undefined,
    avoid: row.avoidIds,
    playground: row.playground,
    split: row.split,
    version: row.version,
  };
}
