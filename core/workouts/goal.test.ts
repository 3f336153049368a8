import { describe, expect, it } from "vitest";
import { readGoal } from "./goal.js";

describe("readGoal", () => {
  it("reads a week's sessions and a day's minutes, in Korean and English", () => {
    expect(readGoal("주 3회")).toEqual({ period: "week", sessions: 3, minutes: undefined });
    expect(readGoal("주3회")).toEqual({ period: "week", sessions: 3, minutes: undefined });
    expect(readGoal("매일 20분")).toEqual({ period: "day", sessions: 1, minutes: 20 });
    expect(readGoal("하루 30분씩")).toEqual({ period: "day", sessions: 1, minutes: 30 });
    expect(readGoal("주 3회 150분")).toEqual({ period: "week", sessions: 3, minutes: 150 });
    expect(readGoal("3 times a week")).toEqual({ period: "week", sessions: 3, minutes: undefined });
    expect(readGoal("twice a week")).toEqual({ period: "week", sessions: 2, minutes: undefined });
    expect(readGoal("20 minutes every day")).toEqual({ period: "day", sessions: 1, minutes: 20 });
    expect(readGoal("daily")).toEqual({ period: "day", sessions: 1, minutes: undefined });
  });

  it("takes the goal away for 없음 or none", () => {
    expect(readGoal("없음")).toBeNull();
    expect(readGoal("None")).toBeNull();
  });

  it("refuses what is no goal, and says what is accepted for numbers out of range", () => {
    for (const typed of ["열심히", "3회", "주 3회 요가", "sometimes"]) {
      expect(() => readGoal(typed), typed).toThrow(expect.objectContaining({ code: "goal-unreadable" }));
    }
    expect(() => readGoal("주 20회")).toThrow(
      expect.objectContaining({ code: "count-out-of-range", params: expect.objectContaining({ max: 14 }) }),
    );
    expect(() => readGoal("매일 5분")).toThrow(
      expect.objectContaining({ code: "count-out-of-range", params: expect.objectContaining({ min: 10 }) }),
    );
  });
});
