import type { GoalPeriod } from "../../db/generated/enums.js";
import { periodNumber } from "../../workouts/streaks/periods.js";
import { pointSettings } from "../settings.js";

// A workout streak earns each month it is kept: 28 days of a daily goal, 4 weeks of a weekly one.
// The cause names the streak by its first period, so a streak that broke and began again earns
// its own months again, and each month once however often the streak is counted.

export interface KeptStreak {
  userId: string;
  groupId: string;
  current: number;
  countedThrough: Date;
  goalPeriod: GoalPeriod;
  timeZone: string;
}

export function monthCause(streak: KeptStreak): string {
  const last = periodNumber(streak.countedThrough, streak.goalPeriod, streak.timeZone);
  const first = last - streak.current + 1;
  const month = Math.floor(streak.current / pointSettings.streakMonthPeriods[streak.goalPeriod]);
  return `streak:${streak.groupId}:${streak.goalPeriod}${first}:${month}`;
}
