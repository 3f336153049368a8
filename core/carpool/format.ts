import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** A departure as riders read it in their own zone: `11/22 23:30`, the same in Korean and English. */
export function localTime(at: Date | number, timeZone: string): string {
  return format(new TZDate(typeof at === "number" ? at : at.getTime(), timeZone), "M/d HH:mm");
}

/** A distance shown to someone else, in 100 m steps, so it never pins a spot down. */
export function roughMetres(metres: number): number {
  return Math.max(100, Math.round(metres / 100) * 100);
}

/** Coordinates as members of a confirmed group see their stops: about a metre, enough to meet. */
export function exactPoint(lat: number, lng: number): string {
  return `${lat.toFixed(5)},${lng.toFixed(5)}`;
}
