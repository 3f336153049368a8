import { describe, expect, it } from "vitest";
import type { WorkoutGoal } from "../types.js";
import { countStreak, currentAt, periodToNudge } from "./rules.js";
import { wallClock as at } from "./test-clock.js";

// Both zones change their clocks inside the weeks below: Los Angeles on Sunday 8 March 2026 and
// 1 November 2026, Berlin on Sunday 29 March 2026 and 25 October 2026.
const LA = "America/Los_Angeles";
const BERLIN = "Europe/Berlin";

const twiceAWeek: WorkoutGoal = { period: "week", sessions: 2, minutes: undefined };
const dailyTwentyMinutes: WorkoutGoal = { period: "day", sessions: 1, minutes: 20 };

function sessions(times: Date[], presentSeconds = 30 * 60) {
  return times.map((startAt) => ({ startAt, presentSeconds }));
}

describe("weekly streaks on the person's calendar", () => {
  it("counts ISO weeks across Los Angeles' spring change, and a Sunday-night session counts for its own week", () => {
    const history = sessions([
      at(LA, 2, 23),
      at(LA, 2, 25),
      // Sunday 23:30 in Los Angeles is already Monday in UTC: still the week of 2 March here.
      at(LA, 3, 2),
      at(LA, 3, 8, 23, 30),
      at(LA, 3, 9),
      at(LA, 3, 11),
    ]);
    const streak = countStreak(twiceAWeek, history, LA, at(LA, 3, 14, 12));
    expect(streak).toEqual({ current: 3, best: 3, countedThrough: at(LA, 3, 9, 0) });
  });

  it("reads the same instants as a different week in Berlin, where they fall on Monday", () => {
    const history = sessions([at(LA, 3, 2), at(LA, 3, 8, 23, 30)]);
    expect(countStreak(twiceAWeek, history, LA, at(LA, 3, 10)).current).toBe(1);
    expect(countStreak(twiceAWeek, history, BERLIN, at(LA, 3, 10)).current).toBe(0);
  });

  it("is not broken on Monday morning, only not yet extended, and is broken once a week passes unmet", () => {
    const history = sessions([at(BERLIN, 3, 17), at(BERLIN, 3, 19), at(BERLIN, 3, 24), at(BERLIN, 3, 29, 9)]);
    const mondayMorning = at(BERLIN, 3, 30, 8);
    expect(countStreak(twiceAWeek, history, BERLIN, mondayMorning)).toEqual({
      current: 2,
      best: 2,
      countedThrough: at(BERLIN, 3, 23, 0),
    });
    expect(countStreak(twiceAWeek, history, BERLIN, at(BERLIN, 4, 6, 8))).toEqual({
      current: 0,
      best: 2,
      countedThrough: undefined,
    });
  });

  it("counts the current week once it is met, and keeps the best of a broken run", () => {
    const history = sessions([
      at(BERLIN, 10, 5),
      at(BERLIN, 10, 6),
      at(BERLIN, 10, 12),
      at(BERLIN, 10, 13),
      at(BERLIN, 10, 14),
      at(BERLIN, 10, 26),
      at(BERLIN, 10, 27),
    ]);
    expect(countStreak(twiceAWeek, history, BERLIN, at(BERLIN, 10, 27, 20))).toEqual({
      current: 1,
      best: 2,
      countedThrough: at(BERLIN, 10, 26, 0),
    });
  });
});

describe("daily streaks across a change of the clocks", () => {
  it("counts a day of 23 hours and one of 25 as a day each, with the minutes each day needs", () => {
    const aroundSpring = [7, 8, 9].map((day) => at(LA, 3, day, 0, 30));
    const aroundAutumn = [31, 1, 2].map((day, index) => at(LA, index === 0 ? 10 : 11, day, 23, 30));
    expect(countStreak(dailyTwentyMinutes, sessions(aroundSpring), LA, at(LA, 3, 9, 12)).current).toBe(3);
    expect(countStreak(dailyTwentyMinutes, sessions(aroundAutumn), LA, at(LA, 11, 2, 23, 50)).current).toBe(
      3,
    );
  });

  it("adds a day's sessions up to its minutes, and does not count a day that falls short", () => {
    const history = [
      ...sessions([at(BERLIN, 3, 28)], 20 * 60),
      ...sessions([at(BERLIN, 3, 29, 7), at(BERLIN, 3, 29, 19)], 10 * 60),
      ...sessions([at(BERLIN, 3, 30)], 19 * 60),
    ];
    expect(countStreak(dailyTwentyMinutes, history, BERLIN, at(BERLIN, 3, 30, 22))).toEqual({
      current: 2,
      best: 2,
      countedThrough: at(BERLIN, 3, 29, 0),
    });
  });
});

describe("the nudge's evening", () => {
  const history = sessions([at(BERLIN, 10, 12), at(BERLIN, 10, 14), at(BERLIN, 10, 19)]);
  const streakOn = (now: Date) => countStreak(twiceAWeek, history, BERLIN, now);

  it("is the last day of the period from 20:00 on the person's clock, across Berlin's autumn change", () => {
    const sundayEvening = at(BERLIN, 10, 25, 20);
    expect(periodToNudge(twiceAWeek, streakOn(sundayEvening), BERLIN, sundayEvening)).toEqual(
      at(BERLIN, 10, 19, 0),
    );
    const justBefore = at(BERLIN, 10, 25, 19, 59);
    expect(periodToNudge(twiceAWeek, streakOn(justBefore), BERLIN, justBefore)).toBeUndefined();
    const saturdayEvening = at(BERLIN, 10, 24, 21);
    expect(periodToNudge(twiceAWeek, streakOn(saturdayEvening), BERLIN, saturdayEvening)).toBeUndefined();
  });

  it("is no evening once the period met the goal, nor for a streak already broken", () => {
    const sundayEvening = at(BERLIN, 10, 25, 20);
    const met = countStreak(
      twiceAWeek,
      sessions([at(BERLIN, 10, 20), at(BERLIN, 10, 21)]),
      BERLIN,
      sundayEvening,
    );
    expect(periodToNudge(twiceAWeek, met, BERLIN, sundayEvening)).toBeUndefined();
    const nextSunday = at(BERLIN, 11, 1, 21);
    expect(periodToNudge(twiceAWeek, streakOn(nextSunday), BERLIN, nextSunday)).toBeUndefined();
  });

  it("is no evening for a stored streak that a whole week without the goal already broke", () => {
    const stored = { current: 3, countedThrough: at(BERLIN, 10, 5, 0) };
    const sundayEvening = at(BERLIN, 10, 25, 21);
    expect(currentAt(twiceAWeek, stored, BERLIN, sundayEvening)).toBe(0);
    expect(periodToNudge(twiceAWeek, stored, BERLIN, sundayEvening)).toBeUndefined();
    const aWeekEarlier = at(BERLIN, 10, 18, 21);
    expect(currentAt(twiceAWeek, stored, BERLIN, aWeekEarlier)).toBe(3);
    expect(periodToNudge(twiceAWeek, stored, BERLIN, aWeekEarlier)).toEqual(at(BERLIN, 10, 12, 0));
  });

  it("comes every evening for a daily goal", () => {
    const daily = sessions([at(LA, 11, 1, 9)]);
    const evening = at(LA, 11, 2, 20, 30);
    const streak = countStreak(dailyTwentyMinutes, daily, LA, evening);
    expect(periodToNudge(dailyTwentyMinutes, streak, LA, evening)).toEqual(at(LA, 11, 2, 0));
  });
});
