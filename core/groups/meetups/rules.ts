import type { Meetup } from "../../db/generated/client.js";
import { AppError } from "../../errors.js";
import { readTypedTimes, type TypedTime } from "../../time/typed-time.js";

export const MAX_TITLE_LENGTH = 80;
export const MAX_COST_NOTE_LENGTH = 100;
export const MIN_CAPACITY = 2;
export const MAX_CAPACITY = 1000;
const MAX_MEETUP_HOURS = 24;
const MAX_AHEAD_DAYS = 180;
/** A meetup typed with one time of day lasts this long. */
const DEFAULT_MEETUP_HOURS = 2;

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

interface MeetupTimes {
  startAt: Date;
  endAt: Date;
}

/** Refuses a meetup that has started, ends before it starts, lasts over a day or is too far ahead. */
export function checkMeetupTimes({ startAt, endAt }: MeetupTimes, now: Date): void {
  if (startAt <= now) throw new AppError("meetup-in-past");
  if (endAt <= startAt) throw new AppError("meetup-ends-before-start");
  if (endAt.getTime() - startAt.getTime() > MAX_MEETUP_HOURS * HOUR_MS) {
    throw new AppError("meetup-too-long", { hours: MAX_MEETUP_HOURS });
  }
  if (startAt.getTime() > now.getTime() + MAX_AHEAD_DAYS * DAY_MS) {
    throw new AppError("meetup-too-far", { days: MAX_AHEAD_DAYS });
  }
}

/** A cancelled or finished meetup takes no more answers or changes. */
export function refuseClosed(meetup: Meetup, now: Date): void {
  if (meetup.status === "cancelled") throw new AppError("meetup-cancelled");
  if (meetup.endAt <= now) throw new AppError("meetup-finished");
}

/** Of the moments typed words may mean, the first still ahead (see readMeetupTime); undefined for no time. */
export function readMeetupReading(text: string, now: Date, timeZone: string): TypedTime | undefined {
  const readings = readTypedTimes(text, now, timeZone);
  return readings && (readings.find((reading) => reading.start > now.getTime()) ?? readings[0]);
}

/**
 * Reads a meetup's time as the host typed it ("토요일 오후 3시", "11/28 19:00~21:00") on the
 * clocks of their zone. Of the moments the words may mean, the first still ahead is taken; a
 * named day already past keeps its time, for checkMeetupTimes to refuse.
 */
export function readMeetupTime(text: string, now: Date, timeZone: string): MeetupTimes {
  const chosen = readMeetupReading(text, now, timeZone);
  if (!chosen) throw new AppError("meetup-time-unreadable");
  const startAt = new Date(chosen.start);
  return { startAt, endAt: new Date(chosen.end ?? chosen.start + DEFAULT_MEETUP_HOURS * HOUR_MS) };
}
