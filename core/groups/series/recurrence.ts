import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, addWeeks } from "date-fns";
import type { Recurrence } from "../meetups/types.js";

/** How a series repeats: MeetupSeries' own columns. */
export interface SeriesRule {
  recurrence: Recurrence;
  /** The wall clock occurrences are counted on. */
  timeZone: string;
  /** ISO weekdays (1 Monday…7 Sunday), ascending, of a weekly series on several days; empty: the first's day. */
  weekdays: readonly number[];
}

/** 1 for Monday…7 for Sunday, as MeetupSeries.weekdays counts them. */
export function isoWeekday(date: Date): number {
  return date.getDay() === 0 ? 7 : date.getDay();
}

/**
 * Occurrence `index` of a weekly series on several days: the days are counted from the Monday of
 * the first's week, so "월수금" starting on a Wednesday goes Wed, Fri, Mon, Wed… The first falls
 * on one of the days (planWorkout makes it so).
 */
function onWeekdays(local: TZDate, weekdays: readonly number[], index: number): TZDate {
  const firstSlot = Math.max(0, weekdays.indexOf(isoWeekday(local)));
  const slot = firstSlot + index;
  const week = Math.floor(slot / weekdays.length);
  const weekday = weekdays[slot % weekdays.length] as number;
  return addDays(local, week * 7 + weekday - isoWeekday(local));
}

/**
 * The start of occurrence `index` of a series whose first starts at `first`, counted on the
 * wall clock of the rule's zone: 07:00 stays 07:00 across a change to or from summer time.
 * Counting from the first (not the previous) keeps a monthly series on the 31st there in months
 * that have one, and on the last day in those that do not.
 */
export function occurrenceStart(first: Date, rule: SeriesRule, index: number): Date {
  const local = new TZDate(first.getTime(), rule.timeZone);
  if (rule.recurrence === "monthly") return new Date(addMonths(local, index).getTime());
  const moved = rule.weekdays.length > 0 ? onWeekdays(local, rule.weekdays, index) : addWeeks(local, index);
  return new Date(moved.getTime());
}

/**
 * The index of the next occurrence to make after `latestIndex`: the first still ahead of `now`,
 * so a series whose upkeep was stopped for a while does not make (and announce) meetups already past.
 */
export function nextOccurrenceIndex(first: Date, rule: SeriesRule, latestIndex: number, now: Date): number {
  let index = latestIndex + 1;
  while (occurrenceStart(first, rule, index) <= now) index++;
  return index;
}
