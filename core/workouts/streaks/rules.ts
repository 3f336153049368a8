import { TZDate } from "@date-fns/tz";
import type { WorkoutGoal } from "../types.js";
import { lastDayOfPeriod, localDayNumber, periodNumber, periodStart } from "./periods.js";
import type { AttendedSession, Streak } from "./types.js";

// A streak counts consecutive periods (days or ISO weeks of the person's calendar) that met the
// group's goal, up to the last complete one, plus the current one once it is met: on Monday
// morning a weekly streak is not broken, only not yet extended.

/** The evening of a period's last day, on the person's clock, when a streak about to break is worth a word. */
const NUDGE_HOUR = 20;

interface PeriodTotals {
  sessions: number;
  seconds: number;
}

function totalsByPeriod(
  goal: WorkoutGoal,
  sessions: AttendedSession[],
  timeZone: string,
  now: Date,
): Map<number, PeriodTotals> {
  const totals = new Map<number, PeriodTotals>();
  for (const { startAt, presentSeconds } of sessions) {
    if (startAt > now) continue;
    const number = periodNumber(startAt, goal.period, timeZone);
    const sum = totals.get(number) ?? { sessions: 0, seconds: 0 };
    totals.set(number, { sessions: sum.sessions + 1, seconds: sum.seconds + presentSeconds });
  }
  return totals;
}

/** "주 3회" is three sessions; "매일 20분" is a session and twenty minutes in all. */
function periodMeetsGoal(goal: WorkoutGoal, totals: PeriodTotals | undefined): boolean {
  if (!totals) return false;
  return totals.sessions >= goal.sessions && totals.seconds >= (goal.minutes ?? 0) * 60;
}

/** The periods that met the goal, in order. */
export function periodsMeetingGoal(
  goal: WorkoutGoal,
  sessions: AttendedSession[],
  timeZone: string,
  now: Date,
): Set<number> {
  const met = new Set<number>();
  for (const [number, totals] of totalsByPeriod(goal, sessions, timeZone, now)) {
    if (periodMeetsGoal(goal, totals)) met.add(number);
  }
  return met;
}

function longestRun(met: Set<number>): number {
  let best = 0;
  for (const number of met) {
    if (met.has(number - 1)) continue;
    let length = 1;
    while (met.has(number + length)) length += 1;
    best = Math.max(best, length);
  }
  return best;
}

/** The person's current and best streak at `now`, from the workouts they attended. */
export function countStreak(
  goal: WorkoutGoal,
  sessions: AttendedSession[],
  timeZone: string,
  now: Date,
): Streak {
  const met = periodsMeetingGoal(goal, sessions, timeZone, now);
  const thisPeriod = periodNumber(now, goal.period, timeZone);
  const last = met.has(thisPeriod) ? thisPeriod : thisPeriod - 1;
  let current = 0;
  while (met.has(last - current)) current += 1;
  return {
    current,
    best: longestRun(met),
    countedThrough: current > 0 ? periodStart(goal.period, last, timeZone) : undefined,
  };
}

/**
 * A stored streak as it stands at `now`: it holds while it was counted through this period or the
 * last one, and is broken once a whole period passed without meeting the goal.
 */
export function currentAt(
  goal: WorkoutGoal,
  streak: Pick<Streak, "current" | "countedThrough">,
  timeZone: string,
  now: Date,
): number {
  if (!streak.countedThrough) return 0;
  const through = periodNumber(streak.countedThrough, goal.period, timeZone);
  return through >= periodNumber(now, goal.period, timeZone) - 1 ? streak.current : 0;
}

/**
 * The period to nudge for at `now`, or undefined: on the evening of its last day, while a streak
 * is alive but this period has not met the goal yet, so tomorrow it would be broken.
 */
export function periodToNudge(
  goal: WorkoutGoal,
  streak: Pick<Streak, "current" | "countedThrough">,
  timeZone: string,
  now: Date,
): Date | undefined {
  const thisPeriod = periodNumber(now, goal.period, timeZone);
  if (currentAt(goal, streak, timeZone, now) === 0 || !streak.countedThrough) return undefined;
  if (periodNumber(streak.countedThrough, goal.period, timeZone) === thisPeriod) return undefined;
  if (localDayNumber(now, timeZone) !== lastDayOfPeriod(goal.period, thisPeriod)) return undefined;
  const evening = new TZDate(now.getTime(), timeZone).getHours() >= NUDGE_HOUR;
  return evening ? periodStart(goal.period, thisPeriod, timeZone) : undefined;
}
