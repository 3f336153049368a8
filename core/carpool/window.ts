import { AppError } from "../errors.js";
import { readTypedTimes } from "../time/typed-time.js";
import type { CarpoolSettings } from "./settings.js";
import type { RideWish } from "./types.js";

// Departure windows as people type them: "23:30", "밤 11시", "내일 8시", "23:00~23:40",
// "tomorrow 8:15", "11/22 23:30", read by core/time on the clocks of the rider's zone.

export interface DepartureWindow {
  earliest: Date;
  latest: Date;
}

type TimeSpan = Pick<RideWish, "earliest" | "latest">;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const unreadable = () => new AppError("ride-time-unreadable");

/**
 * Reads a departure window typed by a person at `now`, on the clocks of `timeZone`. One time
 * means `flexMin` minutes either side of it; a range ("23:00~23:40") means itself. Of the times
 * the words may mean, the first whose window has not yet closed is taken: so a time of day that
 * passed today more than `flexMin` ago means tomorrow. A window already open starts now.
 */
export function parseDeparture(text: string, now: Date, timeZone: string, flexMin: number): DepartureWindow {
  const readings = readTypedTimes(text, now, timeZone);
  if (!readings) throw unreadable();
  const windows = readings.map(
    ({ start, end }): TimeSpan =>
      end === undefined
        ? { earliest: start - flexMin * MINUTE_MS, latest: start + flexMin * MINUTE_MS }
        : { earliest: start, latest: end },
  );
  // A named day whose times have all passed keeps its first: checkWindow then says it is past.
  const chosen = windows.find((window) => window.latest > now.getTime()) ?? (windows[0] as TimeSpan);
  const earliest = chosen.latest > now.getTime() ? Math.max(chosen.earliest, now.getTime()) : chosen.earliest;
  return { earliest: new Date(earliest), latest: new Date(chosen.latest) };
}

/** Refuses a window that has passed, is too wide, or starts too far ahead. */
export function checkWindow(
  window: DepartureWindow,
  now: Date,
  settings: Pick<CarpoolSettings, "maxWindowH" | "maxAheadDays">,
): void {
  const earliest = window.earliest.getTime();
  const latest = window.latest.getTime();
  if (!(earliest <= latest)) throw unreadable();
  if (latest <= now.getTime()) throw new AppError("ride-departure-past");
  if (latest - earliest > settings.maxWindowH * HOUR_MS) throw new AppError("ride-window-too-wide");
  if (earliest > now.getTime() + settings.maxAheadDays * DAY_MS) {
    throw new AppError("ride-departure-too-far");
  }
}

export function windowsOverlap(a: TimeSpan, b: TimeSpan): boolean {
  return a.earliest <= b.latest && b.earliest <= a.latest;
}

/** The earliest moment inside every window, or undefined when they share none. */
export function commonDeparture(spans: readonly TimeSpan[]): number | undefined {
  let earliest = Number.NEGATIVE_INFINITY;
  let latest = Number.POSITIVE_INFINITY;
  for (const span of spans) {
    earliest = Math.max(earliest, span.earliest);
    latest = Math.min(latest, span.latest);
  }
  return earliest <= latest ? earliest : undefined;
}
