import { TZDate } from "@date-fns/tz";
import { AppError } from "../errors.js";
import { readMeetupReading } from "../groups/meetups/rules.js";
import { isoWeekday } from "../groups/series/recurrence.js";
import { readTimeOfDay } from "../time/typed-time.js";

// When a planned workout happens, as its host types it: once ("토요일 07:00", "내일 7시 30분",
// "sat 7am"), or weekly on one or several days ("월수금 07:00", "매주 토요일 9시", "Mon Wed Fri
// 7:00", "평일 6:30"), with its length after it if wanted ("월수금 07:00 30분", "… 45 min").

export interface WorkoutSchedule {
  /** The first session, ahead of now. */
  startAt: Date;
  /** ISO weekdays (1 Monday…7 Sunday) of a weekly series; undefined for a single session. */
  weekdays: number[] | undefined;
  /** The length typed with it ("30분", or a range "07:00~07:30"); undefined when not typed. */
  minutes: number | undefined;
}

const KOREAN_DAYS = "월화수목금토일";
const ENGLISH_DAY =
  "mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?";
const ENGLISH_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/** Words that name a set of days, and the days: "매일", "평일", "weekends"… */
const DAY_SETS: [RegExp, number[]][] = [
  [/^(?:매일|날마다|every\s?day|daily)\s*/u, EVERY_DAY],
  [/^(?:평일|주중|weekdays)\s*/u, [1, 2, 3, 4, 5]],
  [/^(?:주말|weekends)\s*/u, [6, 7]],
];
/** Two days or more ("월수금", "월, 수, 금요일"), or one after "매주". */
const koreanDays = new RegExp(
  `^(?:매주\\s*)?([${KOREAN_DAYS}](?:[\\s,·/]*[${KOREAN_DAYS}])+)(?:요일)?\\s*`,
  "u",
);
const koreanWeekly = new RegExp(`^매주\\s*([${KOREAN_DAYS}])(?:요일)?\\s*`, "u");
const englishDays = new RegExp(
  `^(?:every\\s+)?((?:${ENGLISH_DAY})\\.?(?:\\s*(?:,|/|&|and)?\\s*(?:${ENGLISH_DAY})\\.?)+)\\s*`,
  "u",
);
const englishWeekly = new RegExp(`^every\\s+(${ENGLISH_DAY})\\s*`, "u");
/** A length at the end: "30분", "45 min", "for 30 minutes"; "7시 30분" is a time, not a length. */
const lengthAtEnd = /\s*(?:for\s+)?(\d{1,3})\s*(?:분|min(?:ute)?s?)(?:\s*동안)?$/u;

interface Weekly {
  weekdays: number[];
  rest: string;
}

function daysIn(words: string): number[] {
  const korean = [...words].flatMap((letter) => {
    const at = KOREAN_DAYS.indexOf(letter);
    return at === -1 ? [] : [at + 1];
  });
  const english = [...words.matchAll(new RegExp(ENGLISH_DAY, "gu"))].map(
    (match) => ENGLISH_DAYS.indexOf(match[0].slice(0, 3)) + 1,
  );
  return [...new Set([...korean, ...english])].sort((a, b) => a - b);
}

/** The days of a weekly schedule and the words after them; undefined for a single session. */
function readWeekly(text: string): Weekly | undefined {
  for (const [pattern, weekdays] of DAY_SETS) {
    const match = pattern.exec(text);
    if (match) return { weekdays, rest: text.slice(match[0].length) };
  }
  for (const pattern of [koreanDays, koreanWeekly, englishDays, englishWeekly]) {
    const match = pattern.exec(text);
    if (match) return { weekdays: daysIn(match[1] ?? ""), rest: text.slice(match[0].length) };
  }
  return undefined;
}

/** The typed length and the words before it. */
function splitLength(text: string): { words: string; minutes: number | undefined } {
  const match = lengthAtEnd.exec(text);
  const words = match ? text.slice(0, match.index) : text;
  // "7시 30분" ends in minutes of the clock: nothing to split off.
  if (!match || words.endsWith("시")) return { words: text, minutes: undefined };
  return { words: words.trim(), minutes: Number(match[1]) };
}

/** The start and typed length of the first session of a weekly schedule still ahead of `now`. */
const MINUTES_A_DAY = 24 * 60;

/** Minutes from `start` to `end` on the clock, past midnight when the end reads earlier (23:30~00:10). */
const lengthOf = (start: number, end: number) => (end - start + MINUTES_A_DAY) % MINUTES_A_DAY;

function firstWeekly(weekly: Weekly, now: Date, timeZone: string) {
  const [startText = "", endText] = weekly.rest.split(/\s*[~\-–—]\s*/u);
  // "7시" may be 07:00 or 19:00: a workout at seven is taken in the morning unless "오후"/"pm" says so.
  const [start] = readTimeOfDay(startText) ?? [];
  const [end] = endText === undefined ? [] : (readTimeOfDay(endText) ?? []);
  if (start === undefined || (endText !== undefined && end === undefined)) return undefined;
  const today = new TZDate(now.getTime(), timeZone);
  for (let offset = 0; offset <= 7; offset++) {
    const day = new TZDate(
      today.getFullYear(),
      today.getMonth(),
      today.getDate() + offset,
      0,
      start,
      timeZone,
    );
    if (weekly.weekdays.includes(isoWeekday(day)) && day > now) {
      return {
        startAt: new Date(day.getTime()),
        minutes: end === undefined ? undefined : lengthOf(start, end),
      };
    }
  }
  return undefined;
}

/**
 * Reads a workout's schedule on the clocks of the host's zone; the length is checked by the
 * caller (it may be asked on its own). Refuses words that are no schedule with examples of one.
 */
export function readWorkoutSchedule(text: string, now: Date, timeZone: string): WorkoutSchedule {
  const { words, minutes } = splitLength(text.trim().toLowerCase().replace(/\s+/gu, " "));
  const weekly = readWeekly(words);
  if (weekly) {
    const first = firstWeekly(weekly, now, timeZone);
    if (!first || weekly.weekdays.length === 0) throw new AppError("workout-time-unreadable");
    return { startAt: first.startAt, weekdays: weekly.weekdays, minutes: minutes ?? first.minutes };
  }
  const once = readMeetupReading(words, now, timeZone);
  if (!once) throw new AppError("workout-time-unreadable");
  const range = once.end === undefined ? undefined : Math.round((once.end - once.start) / 60_000);
  return { startAt: new Date(once.start), weekdays: undefined, minutes: minutes ?? range };
}

/** Any moment will do to read a length: it is the same on every day. */
const ANY_MOMENT = new Date(0);

/** The length typed with a schedule ("30분", "07:00~07:30"), if any: whether it is still to be asked. */
export function typedLength(text: string): number | undefined {
  try {
    return readWorkoutSchedule(text, ANY_MOMENT, "UTC").minutes;
  } catch {
    return undefined;
  }
}
