import { TZDate } from "@date-fns/tz";

// Speeds and night surcharges follow the local clock. Reading it through TZDate costs some 10 µs
// (Intl does the zone arithmetic), and the travel estimator asks millions of times while
// matching, so each zone's answers are remembered per quarter hour: every zone's offset from UTC,
// and every change of offset, falls on a quarter hour, so the hour cannot change inside one.

const QUARTER_HOUR_MS = 15 * 60_000;
/** About three months of quarter hours per zone: far more than the week requests span. */
const MAX_REMEMBERED = 10_000;

const hoursByZone = new Map<string, Map<number, number>>();

/** The hour of the day (0–23) at `at` (epoch ms) on the clocks of `timeZone`. */
export function localHour(at: number, timeZone: string): number {
  let hours = hoursByZone.get(timeZone);
  if (hours === undefined) {
    hours = new Map();
    hoursByZone.set(timeZone, hours);
  }
  const quarter = Math.floor(at / QUARTER_HOUR_MS);
  let hour = hours.get(quarter);
  if (hour === undefined) {
    if (hours.size >= MAX_REMEMBERED) hours.clear();
    hour = new TZDate(quarter * QUARTER_HOUR_MS, timeZone).getHours();
    hours.set(quarter, hour);
  }
  return hour;
}
