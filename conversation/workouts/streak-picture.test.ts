import { describe, expect, it } from "vitest";
import { streakCalendar } from "../../core/workouts/streaks/calendar.js";
import { wallClock } from "../../core/workouts/streaks/test-clock.js";
import { streakPng, streakSvg } from "./streak-picture.js";

const BERLIN = "Europe/Berlin";
const at = (month: number, day: number, hour = 7) => wallClock(BERLIN, month, day, hour);

// Twice a week, met in the weeks of 16 and 23 March (Berlin changes its clocks on the 29th), once
// in the week of 30 March; "now" is Thursday 2 April, so three days of this week are drawn ahead.
const history = [at(3, 17), at(3, 19), at(3, 24), at(3, 29, 21), at(3, 31)].map((startAt) => ({
  startAt,
  presentSeconds: 1800,
}));
const calendar = streakCalendar(
  { period: "week", sessions: 2, minutes: undefined },
  history,
  BERLIN,
  at(4, 2, 12),
);

const count = (svg: string, mark: string) => svg.split(`data-mark="${mark}"`).length - 1;

describe("the streak picture", () => {
  it("fills a cell per day attended, darker in the weeks that met the goal, and draws no day ahead", () => {
    const svg = streakSvg(calendar);
    expect(count(svg, "met")).toBe(4);
    expect(count(svg, "attended")).toBe(1);
    expect(count(svg, "none")).toBe(16 * 7 - 3 - 5);
    expect(svg).not.toMatch(/<text/u);
  });

  it("is a PNG three times the drawing's size", () => {
    const png = Buffer.from(streakPng(calendar));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: 867,
      height: 408,
    });
  });
});
