import { describe, expect, it } from "vitest";
import { checkMeetupTimes, readMeetupTime } from "./rules.js";

/** A wall-clock time in Seoul in 2026, e.g. "11-21 22:00". */
const kst = (time: string) => new Date(`2026-${time.replace(" ", "T")}:00+09:00`);
/** Saturday 21 November 2026, 22:00 in Seoul (05:00 in Los Angeles, where the tests run). */
const NOW = kst("11-21 22:00");
const DAY_MS = 86_400_000;
const anHourFrom = (start: number) => ({ startAt: new Date(start), endAt: new Date(start + 3_600_000) });

describe("readMeetupTime", () => {
  const read = (text: string, timeZone = "Asia/Seoul") => {
    const { startAt, endAt } = readMeetupTime(text, NOW, timeZone);
    return [startAt.toISOString(), endAt.toISOString()];
  };
  const span = (start: string, end: string) => [kst(start).toISOString(), kst(end).toISOString()];

  it.each([
    ["11/28 19:00~21:00", "11-28 19:00", "11-28 21:00"],
    ["내일 19시", "11-22 19:00", "11-22 21:00"],
    ["토요일 오후 3시", "11-28 15:00", "11-28 17:00"],
    ["다음주 금요일 19:30~21:00", "11-27 19:30", "11-27 21:00"],
    ["2026-12-05 14:00", "12-05 14:00", "12-05 16:00"],
    ["sat 3pm", "11-28 15:00", "11-28 17:00"],
    ["19:00", "11-22 19:00", "11-22 21:00"],
  ])("reads %s as %s to %s, two hours unless an end is typed", (text, start, end) => {
    expect(read(text)).toEqual(span(start, end));
  });

  it("reads the clocks of the host's zone", () => {
    // 19:00 on Sunday in New York is 09:00 on Monday in Seoul.
    expect(read("내일 19시", "America/New_York")).toEqual(span("11-23 09:00", "11-23 11:00"));
  });

  it("keeps a range typed the wrong way round as written, for the time check to refuse", () => {
    expect(read("11/28 19:00~18:00")).toEqual(span("11-28 19:00", "11-28 18:00"));
    const times = readMeetupTime("11/28 19:00~18:00", NOW, "Asia/Seoul");
    expect(() => checkMeetupTimes(times, NOW)).toThrow(
      expect.objectContaining({ code: "meetup-ends-before-start" }),
    );
  });

  it("keeps a named day already past, for the time check to refuse", () => {
    expect(read("오늘 19시")).toEqual(span("11-21 19:00", "11-21 21:00"));
  });

  it.each(["", "곧", "토요일", "25:00"])("refuses %j naming the field", (text) => {
    expect(() => readMeetupTime(text, NOW, "Asia/Seoul")).toThrow(
      expect.objectContaining({ code: "meetup-time-unreadable" }),
    );
  });
});

describe("checkMeetupTimes", () => {
  const check = (start: string, end: string) => () =>
    checkMeetupTimes({ startAt: kst(start), endAt: kst(end) }, NOW);

  it("lets a meetup ahead, up to a day long and 180 days away, pass", () => {
    expect(check("11-21 22:01", "11-21 23:00")).not.toThrow();
    expect(check("11-28 10:00", "11-29 10:00")).not.toThrow();
    expect(() => checkMeetupTimes(anHourFrom(NOW.getTime() + 180 * DAY_MS), NOW)).not.toThrow();
  });

  it.each([
    ["in the past", "11-21 22:00", "11-21 23:00", "meetup-in-past", {}],
    ["ending before it starts", "11-28 19:00", "11-28 18:00", "meetup-ends-before-start", {}],
    ["ending as it starts", "11-28 19:00", "11-28 19:00", "meetup-ends-before-start", {}],
    ["over 24 hours", "11-28 10:00", "11-29 10:01", "meetup-too-long", { hours: 24 }],
  ])("refuses a meetup %s", (_, start, end, code, params) => {
    expect(check(start, end)).toThrow(expect.objectContaining({ code, params }));
  });

  it("refuses a meetup more than 180 days ahead", () => {
    expect(() => checkMeetupTimes(anHourFrom(NOW.getTime() + 180 * DAY_MS + 60_000), NOW)).toThrow(
      expect.objectContaining({ code: "meetup-too-far", params: { days: 180 } }),
    );
  });
});
