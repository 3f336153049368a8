import { booleanPointInPolygon, point, polygon } from "@turf/turf";
import { metresBetween } from "../cells.js";
import { AppError } from "../errors.js";
import type { CarpoolSettings } from "./settings.js";
import type { LatLng } from "./types.js";

type NamedPoint = LatLng & { label?: string };

function inServiceArea({ lat, lng }: LatLng, { serviceArea: box }: Pick<CarpoolSettings, "serviceArea">) {
  return lat >= box.minLat && lat <= box.maxLat && lng >= box.minLng && lng <= box.maxLng;
}

/** How a refused place is named back to the person: as they named it, else by its coordinates. */
const placeName = (place: NamedPoint) => place.label ?? `${place.lat.toFixed(4)}, ${place.lng.toFixed(4)}`;

/** Refuses a place outside the service area, naming it. */
export function checkInServiceArea(place: NamedPoint, settings: Pick<CarpoolSettings, "serviceArea">): void {
  if (!inServiceArea(place, settings)) throw new AppError("ride-outside-area", { place: placeName(place) });
}

/** Refuses a trip that starts or ends outside the service area, or is too short for a taxi. */
export function checkTrip(
  origin: NamedPoint,
  destination: NamedPoint,
  settings: Pick<CarpoolSettings, "serviceArea" | "minTripM">,
): void {
  for (const place of [origin, destination]) checkInServiceArea(place, settings);
  if (metresBetween(origin, destination) < settings.minTripM) throw new AppError("ride-same-place");
}

export function inCity({ lat, lng }: LatLng, { cityArea }: Pick<CarpoolSettings, "cityArea">): boolean {
  const ring = cityArea.map((corner) => [corner.lng, corner.lat]);
  // GeoJSON rings end where they start.
  ring.push(ring[0] as number[]);
  return booleanPointInPolygon(point([lng, lat]), polygon([ring]));
}
