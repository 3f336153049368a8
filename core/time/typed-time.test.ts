import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { localSpan } from "./format.js";
import { readTypedTimes } from "./typed-time.js";

const SEOUL = "Asia/Seoul";
/** A wall-clock time in Seoul in 2026, e.g. "11-21 22:00". */
const kst = (time: string) => new Date(`2026-${time.replace(" ", "T")}:00+09:00`);
/** Saturday 21 November 2026, 22:00 in Seoul (and 05:00 in Los Angeles, where the tests run). */
const NOW = kst("11-21 22:00");

/** The starts the words may mean, as Seoul wall-clock times. */
function starts(text: string, now = NOW): string[] {
  return (readTypedTimes(text, now, SEOUL) ?? []).map(({ start }) =>
    format(new TZDate(start, SEOUL), "M/d HH:mm"),
  );
}

describe("readTypedTimes", () => {
  it.each([
    ["토요일 오후 3시", ["11/21 15:00", "11/28 15:00"]],
    ["토 15:00", ["11/21 15:00", "11/28 15:00"]],
    ["일요일 10시", ["11/22 10:00", "11/22 22:00", "11/29 10:00", "11/29 22:00"]],
    ["금요일 19:30", ["11/27 19:30", "12/4 19:30"]],
    ["sat 3pm", ["11/21 15:00", "11/28 15:00"]],
    ["Saturday 3 p.m.", ["11/21 15:00", "11/28 15:00"]],
    ["tues 19:00", ["11/24 19:00", "12/1 19:00"]],
    ["다음주 금요일 19:30", ["11/27 19:30"]],
    ["다음 주 월요일 저녁 7시", ["11/23 19:00"]],
    ["next week mon 7pm", ["11/23 19:00"]],
    ["이번주 목요일 20:00", ["11/19 20:00"]],
    ["내일 7시", ["11/22 07:00", "11/22 19:00"]],
    ["2026-12-05 14:00", ["12/5 14:00"]],
  ])("reads %s at Saturday 22:00", (text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it("counts next week from Monday, whatever day it is typed on", () => {
    const wednesday = kst("11-25 09:00");
    expect(starts("다음주 금요일 19:30", wednesday)).toEqual(["12/4 19:30"]);
    expect(starts("금요일 19:30", wednesday)).toEqual(["11/27 19:30", "12/4 19:30"]);
  });

  it("reads a range with its end on the start's day, or the next when it passes midnight", () => {
    const [range] = readTypedTimes("다음주 금요일 19:30~21:00", NOW, SEOUL) ?? [];
    expect(range).toEqual({ start: kst("11-27 19:30").getTime(), end: kst("11-27 21:00").getTime() });
    const [late] = readTypedTimes("11/28 23:00~1:00", NOW, SEOUL) ?? [];
    expect(late?.end).toBe(kst("11-29 01:00").getTime());
    // Not a 23-hour span over midnight but a slip, left ending before it starts to be refused.
    const [slip] = readTypedTimes("11/28 19:00~18:00", NOW, SEOUL) ?? [];
    expect(slip).toEqual({ start: kst("11-28 19:00").getTime(), end: kst("11-28 18:00").getTime() });
  });

  it.each(["", "soon", "토요일", "다음주 19시", "satan 3pm", "금요일 25:00", "2/30 10:00", "월요일 1~2~3"])(
    "is undefined for %j",
    (text) => {
      expect(readTypedTimes(text, NOW, SEOUL)).toBeUndefined();
    },
  );
});

describe("localSpan", () => {
  it("shows the span on each person's own clocks", () => {
    const start = kst("11-28 19:00");
    const end = kst("11-28 21:00");
    expect(localSpan(start, end, SEOUL)).toEqual({ date: "11/28", weekday: 6, time: "19:00~21:00" });
    expect(localSpan(start, end, "America/New_York")).toEqual({
      date: "11/28",
      weekday: 6,
      time: "05:00~07:00",
    });
    expect(localSpan(kst("11-28 23:00"), kst("11-29 01:00"), SEOUL).time).toBe("23:00~11/29 01:00");
  });
});
