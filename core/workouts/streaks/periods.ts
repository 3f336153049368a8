import { TZDate } from "@date-fns/tz";
import type { GoalPeriod } from "../types.js";

// A streak's periods are days or ISO weeks (Monday first) of the person's own calendar. Each is
// numbered by whole calendar days, never by elapsed hours, so a day of 23 or 25 hours across a
// daylight-saving change is one day like any other, and consecutive periods differ by exactly one.

const DAY_MS = 24 * 60 * 60 * 1000;
/** 1970-01-01 was a Thursday: its week's Monday is day -3. */
const DAYS_BEFORE_FIRST_MONDAY = 3;

/** The calendar day at `at` on the clocks of `timeZone`, as days since 1970-01-01. */
export function localDayNumber(at: Date, timeZone: string): number {
  const local = new TZDate(at.getTime(), timeZone);
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / DAY_MS;
}

/** The ISO week (Monday first) holding a day numbered by localDayNumber. */
export function weekOfDay(day: number): number {
  return Math.floor((day + DAYS_BEFORE_FIRST_MONDAY) / 7);
}

/** The first day (numbered as by localDayNumber) of an ISO week numbered by weekOfDay. */
export function firstDayOfWeek(week: number): number {
  return week * 7 - DAYS_BEFORE_FIRST_MONDAY;
}

/** The day or week holding `at` on the person's calendar; consecutive periods differ by one. */
export function periodNumber(at: Date, period: GoalPeriod, timeZone: string): number {
  const day = localDayNumber(at, timeZone);
  return period === "day" ? day : weekOfDay(day);
}

/** When a day numbered by localDayNumber begins on the clocks of `timeZone`. */
function dayStart(day: number, timeZone: string): Date {
  const date = new Date(day * DAY_MS);
  const local = new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), timeZone);
  return new Date(local.getTime());
}

/** When a period numbered by periodNumber begins on the clocks of `timeZone`. */
export function periodStart(period: GoalPeriod, number: number, timeZone: string): Date {
  return dayStart(period === "day" ? number : firstDayOfWeek(number), timeZone);
}

/** The last day of a period, numbered as by localDayNumber. */
export function lastDayOfPeriod(period: GoalPeriod, number: number): number {
  return period === "day" ? number : firstDayOfWeek(number) + 6;
}
