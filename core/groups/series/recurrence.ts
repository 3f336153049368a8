import { TZDate } from "@date-fns/tz";
import { addMonths, addWeeks } from "date-fns";
import type { Recurrence } from "../meetups/types.js";

/**
 * The start of occurrence `index` of a series whose first starts at `first`, counted on the
 * wall clock of `timeZone`: 19:00 stays 19:00 across a change to or from summer time. Counting
 * from the first (not the previous) keeps a series on the 31st there in months that have one,
 * and on the last day in those that do not.
 */
export function occurrenceStart(first: Date, recurrence: Recurrence, timeZone: string, index: number): Date {
  const local = new TZDate(first.getTime(), timeZone);
  const moved = recurrence === "weekly" ? addWeeks(local, index) : addMonths(local, index);
  return new Date(moved.getTime());
}

/**
 * The index of the next occurrence to make after `latestIndex`: the first still ahead of `now`,
 * so a series whose upkeep was stopped for a while does not make (and announce) meetups already past.
 */
export function nextOccurrenceIndex(
  first: Date,
  recurrence: Recurrence,
  timeZone: string,
  latestIndex: number,
  now: Date,
): number {
  let index = latestIndex + 1;
  while (occurrenceStart(first, recurrence, timeZone, index) <= now) index++;
  return index;
}
