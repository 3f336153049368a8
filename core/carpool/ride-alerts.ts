import { TZDate } from "@date-fns/tz";
import { boundingBox, metresBetween } from "../cells.js";
import type { CarpoolSettings } from "./settings.js";
import { parseDeparture } from "./window.js";

// Which ride alerts a new request answers: starting near the alert's start, ending near its
// destination, around its time of day. Pure, so the rule is tested without a database.

/** How far from the alert's destination a ride may end: a little walk at the far end is fine. */
export const ALERT_DESTINATION_RADIUS_M = 2000;
/** How far the request's window may lie from the alert's time of day. */
export const ALERT_TIME_SLACK_MIN = 30;

const DAY_MIN = 24 * 60;

interface RequestPoints {
  originLat: number;
  originLng: number;
  destLat: number;
  destLng: number;
  earliest: Date;
  latest: Date;
}

interface AlertPoints {
  originLat: number;
  originLng: number;
  destLat: number;
  destLng: number;
  minuteOfDay: number;
}

/** A box around the request's start, for the database to narrow the alerts by index-friendly ranges. */
export function rideAlertsNear(request: RequestPoints, settings: Pick<CarpoolSettings, "originRadiusM">) {
  const box = boundingBox(request.originLat, request.originLng, settings.originRadiusM);
  return {
    originLat: { gte: box.minLat, lte: box.maxLat },
    originLng: { gte: box.minLng, lte: box.maxLng },
  };
}

function minuteOfDay(at: Date, timeZone: string): number {
  const local = new TZDate(at.getTime(), timeZone);
  return local.getHours() * 60 + local.getMinutes();
}

/** The time of day an alert is for, typed as a departure is (`23:30`, `밤 11시`), on the person's clock. */
export function alertMinuteOfDay(typed: string, now: Date, timeZone: string): number {
  return minuteOfDay(parseDeparture(typed, now, timeZone, 0).earliest, timeZone);
}

/** Minutes from `minute` to the nearest minute of the window, going round midnight. */
function minutesOutside(minute: number, from: number, to: number): number {
  const inside = from <= to ? minute >= from && minute <= to : minute >= from || minute <= to;
  if (inside) return 0;
  const gap = (a: number, b: number) => Math.min((a - b + DAY_MIN) % DAY_MIN, (b - a + DAY_MIN) % DAY_MIN);
  return Math.min(gap(minute, from), gap(minute, to));
}

export function rideAlertMatches(
  alert: AlertPoints,
  request: RequestPoints,
  settings: Pick<CarpoolSettings, "originRadiusM" | "timeZone">,
): boolean {
  const from = { lat: request.originLat, lng: request.originLng };
  const to = { lat: request.destLat, lng: request.destLng };
  if (metresBetween(from, { lat: alert.originLat, lng: alert.originLng }) > settings.originRadiusM)
    return false;
  if (metresBetween(to, { lat: alert.destLat, lng: alert.destLng }) > ALERT_DESTINATION_RADIUS_M)
    return false;
  const window = [
    minuteOfDay(request.earliest, settings.timeZone),
    minuteOfDay(request.latest, settings.timeZone),
  ];
  return minutesOutside(alert.minuteOfDay, window[0] as number, window[1] as number) <= ALERT_TIME_SLACK_MIN;
}
