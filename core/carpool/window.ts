import { TZDate } from "@date-fns/tz";
import { AppError } from "../errors.js";
import type { CarpoolSettings } from "./settings.js";
import type { RideWish } from "./types.js";

// Departure windows as people type them: "23:30", "밤 11시", "내일 8시", "23:00~23:40",
// "tomorrow 8:15", "11/22 23:30". Times are read on the clocks of the rider's zone, never the
// host's.

export interface DepartureWindow {
  earliest: Date;
  latest: Date;
}

type TimeSpan = Pick<RideWish, "earliest" | "latest">;

interface CalendarDay {
  year: number;
  /** 0-based, as Date counts months. */
  month: number;
  day: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const unreadable = () => new AppError("ride-time-unreadable");

const DAY_WORDS: Record<string, number> = {
  오늘: 0,
  today: 0,
  내일: 1,
  tomorrow: 1,
  모레: 2,
  내일모레: 2,
};

const dayWordPattern = /^(내일\s?모레|오늘|내일|모레|today|tomorrow)\s*/u;
const isoDatePattern = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?\s*/u;
const koreanDatePattern = /^(?:(\d{4})년\s*)?(\d{1,2})월\s*(\d{1,2})일\s*/u;
const monthDayPattern = /^(\d{1,2})\/(\d{1,2})\s*/u;

/** A calendar day, undefined when the date does not exist (2월 30일). */
function calendarDay(year: number, month: number, day: number, timeZone: string): CalendarDay | undefined {
  const date = new TZDate(year, month, day, timeZone);
  return date.getMonth() === month && date.getDate() === day ? { year, month, day } : undefined;
}

/**
 * The days a typed time may fall on, and the rest of the text. Without a day, a time of day could
 * still mean yesterday's reading ("밤 1시" typed at 00:30 is in half an hour), today or tomorrow.
 */
function readDays(text: string, today: CalendarDay, timeZone: string): { days: CalendarDay[]; rest: string } {
  const after = (offset: number) => ({ ...today, day: today.day + offset });
  const word = dayWordPattern.exec(text);
  if (word) {
    const offset = DAY_WORDS[(word[1] as string).replace(" ", "")] as number;
    return { days: [after(offset)], rest: text.slice(word[0].length) };
  }
  const iso = isoDatePattern.exec(text);
  const korean = iso ? undefined : koreanDatePattern.exec(text);
  const monthDay = iso || korean ? undefined : monthDayPattern.exec(text);
  const date = iso ?? korean ?? monthDay;
  if (!date) return { days: [after(-1), after(0), after(1)], rest: text };
  const [month, day] = (monthDay ? date.slice(1, 3) : date.slice(2, 4)).map(Number) as [number, number];
  const writtenYear = monthDay ? undefined : date[1];
  // A date without a year is the next one to come: in December, "1/3" is in January.
  const startsNextYear = month - 1 < today.month || (month - 1 === today.month && day < today.day);
  const year = writtenYear ? Number(writtenYear) : today.year + (startsNextYear ? 1 : 0);
  const found = calendarDay(year, month - 1, day, timeZone);
  if (!found) throw unreadable();
  return { days: [found], rest: text.slice(date[0].length) };
}

const clockPattern = new RegExp(
  [
    "^(?:(?<period>오전|오후|새벽|아침|낮|저녁|밤)\\s*)?",
    "(?:(?<colonHour>\\d{1,2}):(?<colonMinute>\\d{2})",
    "|(?<siHour>\\d{1,2})\\s*시(?:\\s*(?<siMinute>\\d{1,2})\\s*분|\\s*(?<half>반))?",
    "|(?<packedHour>\\d{1,2})(?<packedMinute>\\d{2})",
    "|(?<bareHour>\\d{1,2}))",
    "\\s*(?<meridiem>am|pm|a\\.m\\.|p\\.m\\.)?$",
  ].join(""),
  "u",
);

const MORNING = new Set(["오전", "새벽", "아침", "am", "a.m."]);
const AFTERNOON = new Set(["오후", "낮", "저녁", "pm", "p.m."]);

/** Hours after the day's midnight a written hour may mean, given a word such as 오후 or 밤. */
function hoursMeant(hour: number, hourText: string, marker: string | undefined): number[] {
  if (hour > 12) return [hour];
  if (marker === undefined) {
    // "8시" or "8:15" may be morning or evening; "08:15" and "0시" say which.
    return hour === 0 || hourText.startsWith("0") ? [hour] : [hour % 12, (hour % 12) + 12];
  }
  if (MORNING.has(marker)) return [hour % 12];
  if (AFTERNOON.has(marker)) return [(hour % 12) + 12];
  // 밤 (night) runs from evening past midnight: 밤 11시 is 23:00, 밤 12시 and 밤 1시 the next morning.
  return [hour >= 6 ? hour + 12 : hour + 24];
}

/** The minutes after the day's midnight a clock time may mean, earliest first. */
function readClock(text: string): number[] {
  const groups = clockPattern.exec(text.trim())?.groups;
  if (!groups) throw unreadable();
  const hourText = groups.colonHour ?? groups.siHour ?? groups.packedHour ?? groups.bareHour ?? "";
  const minute = Number(
    groups.colonMinute ?? groups.siMinute ?? groups.packedMinute ?? (groups.half ? 30 : 0),
  );
  const hour = Number(hourText);
  const marker = groups.meridiem ?? groups.period;
  // A bare number is a time only with a word that says so ("8 pm", "밤 11").
  if ((groups.bareHour !== undefined && marker === undefined) || hour > 23 || minute > 59) throw unreadable();
  return hoursMeant(hour, hourText, marker).map((meant) => meant * 60 + minute);
}

/**
 * Reads a departure window typed by a person at `now`, on the clocks of `timeZone`. One time
 * means `flexMin` minutes either side of it; a range ("23:00~23:40") means itself. Of the times
 * the words may mean, the first whose window has not yet closed is taken: so a time of day that
 * passed today more than `flexMin` ago means tomorrow. A window already open starts now.
 */
export function parseDeparture(text: string, now: Date, timeZone: string, flexMin: number): DepartureWindow {
  const local = new TZDate(now, timeZone);
  const today = { year: local.getFullYear(), month: local.getMonth(), day: local.getDate() };
  const { days, rest } = readDays(text.trim().toLowerCase().replace(/\s+/gu, " "), today, timeZone);
  const parts = rest.split(/\s*[~\-–—]\s*/u);
  if (parts.length > 2) throw unreadable();
  const [startText = "", endText] = parts;
  const endReadings = endText === undefined ? undefined : readClock(endText);
  const at = (day: CalendarDay, minutes: number) =>
    new TZDate(day.year, day.month, day.day, 0, minutes, timeZone).getTime();
  const starts = days.flatMap((day) => readClock(startText).map((minutes) => ({ day, minutes })));
  const windows = starts.map(({ day, minutes }): TimeSpan => {
    const start = at(day, minutes);
    if (endReadings === undefined) {
      return { earliest: start - flexMin * MINUTE_MS, latest: start + flexMin * MINUTE_MS };
    }
    // The end is its first reading after the start, which a night reading may put two days on:
    // "23:30~0:30" ends the next day.
    const ends = [0, 1, 2].flatMap((later) =>
      endReadings.map((endMinutes) => at({ ...day, day: day.day + later }, endMinutes)),
    );
    return { earliest: start, latest: Math.min(...ends.filter((end) => end > start)) };
  });
  windows.sort((a, b) => a.earliest - b.earliest);
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
