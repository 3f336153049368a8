import type { GoalPeriod } from "../../db/generated/enums.js";
import { periodNumber } from "../../workouts/streaks/periods.js";
import { pointSettings } from "../settings.js";
import type { CreditInput } from "../types.js";
import type { OutcomeSource } from "./source.js";

// A workout streak earns each month it is kept: 28 days of a daily goal, 4 weeks of a weekly one.
// The cause names the streak by its first period, so a streak that broke and began again earns
// its own months again, and each month once however often the streak is counted.

interface Kept {
  userId: string;
  groupId: string;
  current: number;
  countedThrough: Date;
  goalPeriod: GoalPeriod;
  timeZone: string;
}

function monthCause(streak: Kept): string {
  const last = periodNumber(streak.countedThrough, streak.goalPeriod, streak.timeZone);
  const first = last - streak.current + 1;
  const month = Math.floor(streak.current / pointSettings.streakMonthPeriods[streak.goalPeriod]);
  return `streak:${streak.groupId}:${streak.goalPeriod}${first}:${month}`;
}

export const streaksKeptAMonth: OutcomeSource = {
  kind: "streak_month",
  async outstanding(db, since, limit) {
    const { day, week } = pointSettings.streakMonthPeriods;
    const kept = await db.$queryRaw<Kept[]>`
      SELECT s."userId", s."groupId", s.current, s."countedThrough", g."goalPeriod"::text AS "goalPeriod",
        u."timeZone"
      FROM "WorkoutStreak" s JOIN "Group" g ON g.id = s."groupId" JOIN "User" u ON u.id = s."userId"
      WHERE s."updatedAt" >= ${since} AND s."countedThrough" IS NOT NULL
        AND s.current >= CASE g."goalPeriod" WHEN 'day' THEN ${day}::int WHEN 'week' THEN ${week}::int END
      LIMIT ${limit}`;
    const due = kept.map(
      (streak): CreditInput => ({
        userId: streak.userId,
        kind: "streak_month",
        cause: monthCause(streak),
      }),
    );
    const entered = await db.pointEntry.findMany({
      where: { kind: "streak_month", OR: due.map(({ userId, cause }) => ({ userId, cause })) },
      select: { userId: true, cause: true },
    });
    const paid = new Set(entered.map(({ userId, cause }) => `${userId} ${cause}`));
    return due.filter(({ userId, cause }) => !paid.has(`${userId} ${cause}`));
  },
};
