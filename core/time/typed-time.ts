import { TZDate } from "@date-fns/tz";

// Times as people type them in a chat: "23:30", "밤 11시", "내일 8시", "토요일 오후 3시",
// "다음주 금요일 19:30~21:00", "11/28 19:00~21:00", "2026-12-05 14:00", "sat 3pm". They are read
// on the clocks of the typist's zone, never the server's. Each domain decides which of the
// readings it takes and what refusal a person sees for words that are not a time.

/** One thing the words may mean, in epoch ms: a start, and an end when a range was typed. */
export interface TypedTime {
  start: number;
  end: number | undefined;
}

interface CalendarDay {
  year: number;
  /** 0-based, as Date counts months. */
  month: number;
  day: number;
}

/** Thrown inside the reader only; readTypedTimes turns it into "not a time". */
class Unreadable extends Error {}

/** The longest range read as running past midnight. */
const OVERNIGHT_RANGE_MS = 12 * 60 * 60_000;

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
// No day word starts with a weekday's syllable, so "일" alone is Sunday once the day words are tried.
const weekdayPattern = new RegExp(
  [
    "^(?:(?<week>다음\\s?주|이번\\s?주|next week|this week)\\s*)?",
    "(?:(?<korean>[월화수목금토일])(?:요일)?",
    "|(?<english>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?(?![a-z]))",
    "\\s*",
  ].join(""),
  "u",
);

const KOREAN_WEEKDAYS = "일월화수목금토";
const ENGLISH_WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** A calendar day, undefined when the date does not exist (2월 30일). */
function calendarDay(year: number, month: number, day: number, timeZone: string): CalendarDay | undefined {
  const date = new TZDate(year, month, day, timeZone);
  return date.getMonth() === month && date.getDate() === day ? { year, month, day } : undefined;
}

/**
 * The days a weekday may mean. Alone, the next one to come (today included) or the one a week
 * later, whichever has the time still ahead; with "이번 주" or "다음 주", that day of this or next
 * week, weeks starting on Monday as Korean calendars count them at work.
 */
function weekdayOffsets(groups: Record<string, string | undefined>, todayWeekday: number): number[] {
  const weekday = groups.korean
    ? KOREAN_WEEKDAYS.indexOf(groups.korean)
    : ENGLISH_WEEKDAYS.indexOf((groups.english ?? "").slice(0, 3));
  if (groups.week === undefined) {
    const ahead = (weekday - todayWeekday + 7) % 7;
    return [ahead, ahead + 7];
  }
  const mondayBased = (day: number) => (day + 6) % 7;
  const inThisWeek = mondayBased(weekday) - mondayBased(todayWeekday);
  return [/^(다음|next)/u.test(groups.week) ? inThisWeek + 7 : inThisWeek];
}

/** A written date, the next one to come when the year is left out: in December, "1/3" is in January. */
function writtenDay(date: RegExpExecArray, yearWritten: boolean, today: CalendarDay, timeZone: string) {
  const [month, day] = (yearWritten ? date.slice(2, 4) : date.slice(1, 3)).map(Number) as [number, number];
  const startsNextYear = month - 1 < today.month || (month - 1 === today.month && day < today.day);
  const year = yearWritten && date[1] ? Number(date[1]) : today.year + (startsNextYear ? 1 : 0);
  const found = calendarDay(year, month - 1, day, timeZone);
  if (!found) throw new Unreadable();
  return found;
}

/**
 * The days a typed time may fall on, and the rest of the text. Without a day, a time of day could
 * still mean yesterday's reading ("밤 1시" typed at 00:30 is in half an hour), today or tomorrow.
 */
function readDays(
  text: string,
  today: CalendarDay & { weekday: number },
  timeZone: string,
): { days: CalendarDay[]; rest: string } {
  const after = (offset: number) => ({ year: today.year, month: today.month, day: today.day + offset });
  const word = dayWordPattern.exec(text);
  if (word) {
    const offset = DAY_WORDS[(word[1] as string).replace(" ", "")] as number;
    return { days: [after(offset)], rest: text.slice(word[0].length) };
  }
  const weekday = weekdayPattern.exec(text);
  if (weekday?.groups) {
    return {
      days: weekdayOffsets(weekday.groups, today.weekday).map(after),
      rest: text.slice(weekday[0].length),
    };
  }
  const iso = isoDatePattern.exec(text);
  const korean = iso ? undefined : koreanDatePattern.exec(text);
  const date = iso ?? korean;
  if (date) return { days: [writtenDay(date, true, today, timeZone)], rest: text.slice(date[0].length) };
  const monthDay = monthDayPattern.exec(text);
  if (monthDay) {
    return { days: [writtenDay(monthDay, false, today, timeZone)], rest: text.slice(monthDay[0].length) };
  }
  return { days: [after(-1), after(0), after(1)], rest: text };
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
  if (!groups) throw new Unreadable();
  const hourText = groups.colonHour ?? groups.siHour ?? groups.packedHour ?? groups.bareHour ?? "";
  const minute = Number(
    groups.colonMinute ?? groups.siMinute ?? groups.packedMinute ?? (groups.half ? 30 : 0),
  );
  const hour = Number(hourText);
  const marker = groups.meridiem ?? groups.period;
  // A bare number is a time only with a word that says so ("8 pm", "밤 11").
  if ((groups.bareHour !== undefined && marker === undefined) || hour > 23 || minute > 59) {
    throw new Unreadable();
  }
  return hoursMeant(hour, hourText, marker).map((meant) => meant * 60 + minute);
}

function readAll(text: string, now: Date, timeZone: string): TypedTime[] {
  const local = new TZDate(now, timeZone);
  const today = {
    year: local.getFullYear(),
    month: local.getMonth(),
    day: local.getDate(),
    weekday: local.getDay(),
  };
  const { days, rest } = readDays(text.trim().toLowerCase().replace(/\s+/gu, " "), today, timeZone);
  const parts = rest.split(/\s*[~\-–—]\s*/u);
  if (parts.length > 2) throw new Unreadable();
  const [startText = "", endText] = parts;
  const endReadings = endText === undefined ? undefined : readClock(endText);
  const at = (day: CalendarDay, minutes: number) =>
    new TZDate(day.year, day.month, day.day, 0, minutes, timeZone).getTime();
  const starts = days.flatMap((day) => readClock(startText).map((minutes) => ({ day, minutes })));
  return starts.map(({ day, minutes }): TypedTime => {
    const start = at(day, minutes);
    if (endReadings === undefined) return { start, end: undefined };
    // The end is its first reading after the start, which a night reading may put two days on:
    // "23:30~0:30" ends the next day. Read over midnight, a range of more than half a day is a
    // slip ("19:00~18:00"): it keeps the end as written, before the start, for the caller to refuse.
    const ends = [0, 1, 2].flatMap((later) =>
      endReadings.map((endMinutes) => at({ ...day, day: day.day + later }, endMinutes)),
    );
    const end = Math.min(...ends.filter((candidate) => candidate > start));
    return { start, end: end - start <= OVERNIGHT_RANGE_MS ? end : at(day, endReadings[0] as number) };
  });
}

/**
 * The minutes after midnight a typed time of day may mean ("7시" is 07:00 or 19:00, "07:00" and
 * "오후 7시" one of them), earliest first; undefined when the words are no time of day.
 */
export function readTimeOfDay(text: string): number[] | undefined {
  try {
    return readClock(text.toLowerCase());
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
}

/**
 * Every moment a typed time may mean at `now` on the clocks of `timeZone`, earliest start first;
 * undefined when the words are not a time at all.
 */
export function readTypedTimes(text: string, now: Date, timeZone: string): TypedTime[] | undefined {
  try {
    return readAll(text, now, timeZone).sort((a, b) => a.start - b.start);
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
}
