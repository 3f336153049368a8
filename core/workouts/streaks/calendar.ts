import type { WorkoutGoal } from "../types.js";
import { firstDayOfWeek, localDayNumber, weekOfDay } from "./periods.js";
import { periodsMeetingGoal } from "./rules.js";
import type { AttendedSession, CalendarWeek, DayMark } from "./types.js";

// The weeks behind a streak, a cell per day of the person's calendar, as a contribution graph
// draws them: a day with a workout is filled, darker where its period (the day, or its week) met
// the group's goal.

/** About four months: long enough to see a habit, short enough to read at a glance. */
export const CALENDAR_WEEKS = 16;

function markOf(
  day: number,
  today: number,
  attendedDays: Set<number>,
  met: Set<number>,
  goal: WorkoutGoal,
): DayMark {
  if (day > today) return "ahead";
  if (!attendedDays.has(day)) return "none";
  return met.has(goal.period === "day" ? day : weekOfDay(day)) ? "met" : "attended";
}

/** The last `weeks` ISO weeks up to this one, on the person's calendar. */
export function streakCalendar(
  goal: WorkoutGoal,
  sessions: AttendedSession[],
  timeZone: string,
  now: Date,
  weeks = CALENDAR_WEEKS,
): CalendarWeek[] {
  const met = periodsMeetingGoal(goal, sessions, timeZone, now);
  const attendedDays = new Set(
    sessions.filter(({ startAt }) => startAt <= now).map(({ startAt }) => localDayNumber(startAt, timeZone)),
  );
  const today = localDayNumber(now, timeZone);
  const thisWeek = weekOfDay(today);
  return Array.from({ length: weeks }, (_, index) => {
    const monday = firstDayOfWeek(thisWeek - weeks + 1 + index);
    const days = Array.from({ length: 7 }, (_, weekday) =>
      markOf(monday + weekday, today, attendedDays, met, goal),
    );
    return { days };
  });
}
