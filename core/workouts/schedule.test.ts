import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { readWorkoutSchedule, typedLength } from "./schedule.js";

// Schedules as hosts type them, read on their own clocks: Tuesday 1 December 2026, 12:00 in Seoul.

const now = new Date("2026-12-01T03:00:00Z");
const seoul = (at: Date) => format(new TZDate(at.getTime(), "Asia/Seoul"), "EEE yyyy-MM-dd HH:mm");
const read = (typed: string, timeZone = "Asia/Seoul") => readWorkoutSchedule(typed, now, timeZone);

describe("readWorkoutSchedule", () => {
  it("reads 월수금 07:00 30분 as Mon, Wed and Fri at seven for half an hour, from the next of them", () => {
    const schedule = read("월수금 07:00 30분");
    expect(schedule.weekdays).toEqual([1, 3, 5]);
    expect(schedule.minutes).toBe(30);
    expect(seoul(schedule.startAt)).toBe("Wed 2026-12-02 07:00");
  });

  it("reads the days in English, in many spellings, and today when the time is still ahead", () => {
    expect(read("Mon Wed Fri 7:00").weekdays).toEqual([1, 3, 5]);
    expect(read("mon, wed and fri 7am 45 min")).toMatchObject({ weekdays: [1, 3, 5], minutes: 45 });
    expect(read("월, 수, 금요일 19:30").weekdays).toEqual([1, 3, 5]);
    const tuesday = read("화목 오후 7시");
    expect(tuesday.weekdays).toEqual([2, 4]);
    expect(seoul(tuesday.startAt)).toBe("Tue 2026-12-01 19:00");
  });

  it("reads one day a week after 매주 or every, and day sets", () => {
    expect(read("매주 토요일 9시").weekdays).toEqual([6]);
    expect(read("every saturday 9:00").weekdays).toEqual([6]);
    expect(read("매일 06:30").weekdays).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(read("평일 6:30").weekdays).toEqual([1, 2, 3, 4, 5]);
    expect(read("weekends 10:00").weekdays).toEqual([6, 7]);
  });

  it("takes 7시 30분 as half past seven, and a range as the length", () => {
    const halfPast = read("월수금 7시 30분");
    expect(halfPast.minutes).toBeUndefined();
    expect(seoul(halfPast.startAt)).toBe("Wed 2026-12-02 07:30");
    expect(read("월수금 07:00~07:40").minutes).toBe(40);
    expect(read("월수금 23:30~00:10").minutes).toBe(40);
  });

  it("reads a single session as meetups do, with its length", () => {
    const once = read("토요일 07:00 45분");
    expect(once).toMatchObject({ weekdays: undefined, minutes: 45 });
    expect(seoul(once.startAt)).toBe("Sat 2026-12-05 07:00");
    expect(read("내일 19:00~19:30").minutes).toBe(30);
    expect(read("토요일 오후 3시").minutes).toBeUndefined();
  });

  it("keeps the wall clock of the host's zone", () => {
    const la = read("Mon Wed Fri 7:00", "America/Los_Angeles");
    expect(la.startAt.toISOString()).toBe("2026-12-02T15:00:00.000Z");
  });

  it("refuses words that are no schedule", () => {
    for (const typed of ["언젠가", "월수금", "월수금 25:00", "mon wed fri sometime", "30분"]) {
      expect(() => read(typed), typed).toThrow(expect.objectContaining({ code: "workout-time-unreadable" }));
    }
  });
});

describe("typedLength", () => {
  it("finds the length typed with a schedule, without a clock", () => {
    expect(typedLength("월수금 07:00 30분")).toBe(30);
    expect(typedLength("토요일 07:00~07:50")).toBe(50);
    expect(typedLength("월수금 7시 30분")).toBeUndefined();
    expect(typedLength("뭐라고")).toBeUndefined();
  });
});
