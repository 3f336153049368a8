import { describe, expect, it } from "vitest";
import type { WorkoutGoal } from "../types.js";
import { streakCalendar } from "./calendar.js";
import { wallClock as at } from "./test-clock.js";

const LA = "America/Los_Angeles";
const twiceAWeek: WorkoutGoal = { period: "week", sessions: 2, minutes: undefined };

const sessions = (times: Date[]) => times.map((startAt) => ({ startAt, presentSeconds: 1800 }));

describe("streakCalendar", () => {
  it("fills the days attended on the person's calendar, darker in weeks that met the goal", () => {
    // Across Los Angeles' spring change on Sunday 8 March; "now" is Wednesday 11 March.
    const history = sessions([at(LA, 3, 2), at(LA, 3, 8, 23), at(LA, 3, 10), at(LA, 2, 27)]);
    const weeks = streakCalendar(twiceAWeek, history, LA, at(LA, 3, 11, 12), 3);
    expect(weeks.map(({ days }) => days.join(" "))).toEqual([
      "none none none none attended none none",
      "met none none none none none met",
      "none attended none ahead ahead ahead ahead",
    ]);
  });

  it("counts a daily goal day by day", () => {
    const daily: WorkoutGoal = { period: "day", sessions: 1, minutes: 40 };
    const history = [
      { startAt: at(LA, 3, 9), presentSeconds: 45 * 60 },
      { startAt: at(LA, 3, 10), presentSeconds: 20 * 60 },
    ];
    const [week] = streakCalendar(daily, history, LA, at(LA, 3, 15, 12), 1);
    expect(week?.days).toEqual(["met", "attended", "none", "none", "none", "none", "none"]);
  });
});
