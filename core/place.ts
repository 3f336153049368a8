import { z } from "zod";

/**
 * A point on the map. `precision` is how many metres the coordinates were rounded to: exact
 * spots stay private, so anything shown to other people goes through `approximate` first.
 */
export interface Place {
  lat: number;
  lng: number;
  label?: string;
  precision: number;
}

export const placeSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  label: z.string().trim().min(1).max(60).optional(),
  precision: z.number().int().min(0),
});

/** How coarse a home area is kept: about a neighbourhood block. */
export const HOME_AREA_PRECISION_METRES = 500;

const METRES_PER_DEGREE_LAT = 111_320;

/**
 * Snaps a point to a grid of `metres` so that nearby points share a cell; the grid in longitude
 * is scaled by latitude so cells stay roughly square.
 */
export function approximate(place: Place, metres: number): Place {
  if (place.precision >= metres) return place;
  const snap = (value: number, step: number) => Number((Math.round(value / step) * step).toFixed(6));
  const lat = snap(place.lat, metres / METRES_PER_DEGREE_LAT);
  // The longitude step comes from the snapped latitude, so every point of a row shares one grid.
  const lngStep = metres / (METRES_PER_DEGREE_LAT * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
  return { ...place, lat, lng: snap(place.lng, lngStep), precision: metres };
}

const coordinatesPattern = /^\s*(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*(?:[,\s]\s*(.+))?$/u;

/** Reads `37.5665, 126.9780 [label]` as typed by a person; undefined when it is not coordinates. */
export function parseCoordinates(text: string): Place | undefined {
  const match = coordinatesPattern.exec(text);
  if (!match) return undefined;
  const parsed = placeSchema.safeParse({
    lat: Number(match[1]),
    lng: Number(match[2]),
    label: match[3],
    precision: 0,
  });
  return parsed.success ? parsed.data : undefined;
}
