import { tz } from "@date-fns/tz";
import { addWeeks } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { WorkoutGoal } from "../types.js";
import { countStreak } from "./rules.js";
import type { AttendedSession } from "./types.js";

// Histories over two years, in zones with and without daylight-saving changes (Santiago's falls
// at midnight, so a day there can begin at 01:00).
const zones = ["America/Los_Angeles", "Europe/Berlin", "Asia/Seoul", "America/Santiago"];
const from = new Date("2025-01-01T00:00:00Z");
const to = new Date("2026-12-31T00:00:00Z");

const goalArbitrary: fc.Arbitrary<WorkoutGoal> = fc.record({
  period: fc.constantFrom("day" as const, "week" as const),
  sessions: fc.integer({ min: 1, max: 3 }),
  minutes: fc.option(fc.integer({ min: 5, max: 60 }), { nil: undefined }),
});
const instant = fc.date({ min: from, max: to, noInvalidDate: true });
const sessionArbitrary: fc.Arbitrary<AttendedSession> = fc.record({
  startAt: instant,
  presentSeconds: fc.integer({ min: 0, max: 3600 }),
});
const historyArbitrary = fc.array(sessionArbitrary, { maxLength: 60 });
const zone = fc.constantFrom(...zones);

describe("streak rules, for any history", () => {
  it("shifting every session and the present by whole weeks of the person's calendar changes nothing", () => {
    fc.assert(
      fc.property(
        goalArbitrary,
        historyArbitrary,
        zone,
        instant,
        fc.integer({ min: -30, max: 30 }),
        (goal, history, timeZone, now, weeks) => {
          const shift = (date: Date) => new Date(addWeeks(date, weeks, { in: tz(timeZone) }).getTime());
          const shifted = history.map((session) => ({ ...session, startAt: shift(session.startAt) }));
          const before = countStreak(goal, history, timeZone, now);
          const after = countStreak(goal, shifted, timeZone, shift(now));
          expect({ current: after.current, best: after.best }).toEqual({
            current: before.current,
            best: before.best,
          });
          expect(after.countedThrough).toEqual(before.countedThrough && shift(before.countedThrough));
        },
      ),
    );
  });

  it("adding a session never lowers a streak, current or best", () => {
    fc.assert(
      fc.property(
        goalArbitrary,
        historyArbitrary,
        sessionArbitrary,
        zone,
        instant,
        (goal, history, extra, timeZone, now) => {
          const before = countStreak(goal, history, timeZone, now);
          const after = countStreak(goal, [...history, extra], timeZone, now);
          expect(after.current).toBeGreaterThanOrEqual(before.current);
          expect(after.best).toBeGreaterThanOrEqual(before.best);
        },
      ),
    );
  });

  it("the best streak is never shorter than the current one, and the current one ends this period or the last", () => {
    fc.assert(
      fc.property(goalArbitrary, historyArbitrary, zone, instant, (goal, history, timeZone, now) => {
        const streak = countStreak(goal, history, timeZone, now);
        expect(streak.best).toBeGreaterThanOrEqual(streak.current);
        expect(streak.countedThrough === undefined).toBe(streak.current === 0);
        if (streak.countedThrough) {
          expect(streak.countedThrough.getTime()).toBeLessThanOrEqual(now.getTime());
          const span = goal.period === "day" ? 2 : 14;
          expect(now.getTime() - streak.countedThrough.getTime()).toBeLessThan(span * 25 * 60 * 60 * 1000);
        }
      }),
    );
  });
});
