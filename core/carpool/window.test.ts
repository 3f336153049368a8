import { describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { defaultCarpoolSettings as settings } from "./settings.js";
import { checkWindow, commonDeparture, parseDeparture, windowsOverlap } from "./window.js";

const SEOUL = "Asia/Seoul";
const FLEX_MIN = 15;

/** A wall-clock time in Seoul, e.g. "11-21 23:15" in 2026. */
const kst = (time: string) => new Date(`2026-${time.replace(" ", "T")}:00+09:00`);
/** Saturday 21 November 2026, 22:00 in Seoul (and 05:00 in Los Angeles, where the tests run). */
const NOW = kst("11-21 22:00");

function parsed(text: string, now = NOW) {
  const { earliest, latest } = parseDeparture(text, now, SEOUL, FLEX_MIN);
  return [earliest.toISOString(), latest.toISOString()];
}
const window = (earliest: string, latest: string) => [kst(earliest).toISOString(), kst(latest).toISOString()];

describe("parseDeparture", () => {
  it.each([
    ["23:30", "11-21 23:15", "11-21 23:45"],
    ["2330", "11-21 23:15", "11-21 23:45"],
    ["23:00~23:40", "11-21 23:00", "11-21 23:40"],
    ["23:00 - 23:40", "11-21 23:00", "11-21 23:40"],
    ["오후 11시 30분", "11-21 23:15", "11-21 23:45"],
    ["오후 11시반", "11-21 23:15", "11-21 23:45"],
    ["밤 11시", "11-21 22:45", "11-21 23:15"],
    ["밤 12시", "11-21 23:45", "11-22 00:15"],
    ["밤 1시", "11-22 00:45", "11-22 01:15"],
    ["새벽 1시", "11-22 00:45", "11-22 01:15"],
    ["11시", "11-21 22:45", "11-21 23:15"],
    ["8 pm", "11-22 19:45", "11-22 20:15"],
    ["8:15PM", "11-22 20:00", "11-22 20:30"],
    ["내일 8시", "11-22 07:45", "11-22 08:15"],
    ["내일 저녁 7시", "11-22 18:45", "11-22 19:15"],
    ["모레 07:10", "11-23 06:55", "11-23 07:25"],
    ["tomorrow 8:15", "11-22 08:00", "11-22 08:30"],
    ["11/22 23:30", "11-22 23:15", "11-22 23:45"],
    ["2026-11-22 23:30", "11-22 23:15", "11-22 23:45"],
    ["11월 22일 밤 11시~11시 40분", "11-22 23:00", "11-22 23:40"],
    ["23:30~0:30", "11-21 23:30", "11-22 00:30"],
    ["오후 11시~1시", "11-21 23:00", "11-22 01:00"],
  ])("reads %s at 22:00 as %s to %s", (text, earliest, latest) => {
    expect(parsed(text)).toEqual(window(earliest, latest));
  });

  it("takes the next reading of an hour that may be morning or evening", () => {
    // At 22:00 both 8:00 and 20:00 have passed today: the next is 8:00 tomorrow.
    expect(parsed("8시")).toEqual(window("11-22 07:45", "11-22 08:15"));
    expect(parsed("9시", kst("11-21 20:00"))).toEqual(window("11-21 20:45", "11-21 21:15"));
    expect(parsed("09:00", kst("11-21 20:00"))).toEqual(window("11-22 08:45", "11-22 09:15"));
  });

  it("keeps today for a time passed less than the flex ago, starting now", () => {
    expect(parsed("21:50")).toEqual([NOW.toISOString(), kst("11-21 22:05").toISOString()]);
  });

  it("moves a time passed more than the flex ago to tomorrow", () => {
    expect(parsed("21:30")).toEqual(window("11-22 21:15", "11-22 21:45"));
  });

  it("starts a range already under way now", () => {
    expect(parsed("21:00~23:00")).toEqual([NOW.toISOString(), kst("11-21 23:00").toISOString()]);
  });

  it("keeps a named day even when its time has passed, for checkWindow to refuse", () => {
    expect(parsed("오늘 21:00")).toEqual(window("11-21 20:45", "11-21 21:15"));
  });

  it("reads a date without a year as the next one to come", () => {
    const [earliest] = parsed("1/3 08:00");
    expect(earliest).toBe(new Date("2027-01-03T07:45:00+09:00").toISOString());
    expect(parsed("11/21 23:00")).toEqual(window("11-21 22:45", "11-21 23:15"));
  });

  it.each(["", "soon", "8", "25:00", "23:61", "2/30 10:00", "1~2~3", "내일", "23:00~soon"])(
    "refuses %j",
    (text) => {
      expect(() => parseDeparture(text, NOW, SEOUL, FLEX_MIN)).toThrow(
        expect.objectContaining({ code: "ride-time-unreadable" }),
      );
    },
  );
});

describe("checkWindow", () => {
  const check = (earliest: string, latest: string) => () =>
    checkWindow({ earliest: kst(earliest), latest: kst(latest) }, NOW, settings);
  const refusal = (code: string) => expect.objectContaining({ code });

  it("lets a window within the next week pass", () => {
    expect(check("11-21 21:50", "11-21 22:10")).not.toThrow();
    expect(check("11-28 21:00", "11-28 23:00")).not.toThrow();
    expect(check("11-22 08:00", "11-22 20:00")).not.toThrow();
  });

  it.each([
    ["closed", "11-21 21:30", "11-21 22:00", "ride-departure-past"],
    ["wider than 12 hours", "11-22 08:00", "11-22 20:01", "ride-window-too-wide"],
    ["more than 7 days ahead", "11-28 22:01", "11-28 22:30", "ride-departure-too-far"],
    ["ending before it starts", "11-22 09:00", "11-22 08:00", "ride-time-unreadable"],
  ])("refuses a window %s", (_, earliest, latest, code) => {
    expect(check(earliest, latest)).toThrow(AppError);
    expect(check(earliest, latest)).toThrow(refusal(code));
  });
});

describe("windowsOverlap and commonDeparture", () => {
  const span = (earliest: number, latest: number) => ({ earliest, latest });

  it("overlaps when the windows share a moment, even only their ends", () => {
    expect(windowsOverlap(span(0, 10), span(5, 20))).toBe(true);
    expect(windowsOverlap(span(0, 10), span(10, 20))).toBe(true);
    expect(windowsOverlap(span(0, 10), span(11, 20))).toBe(false);
    expect(windowsOverlap(span(11, 20), span(0, 10))).toBe(false);
  });

  it("departs at the earliest moment inside every window", () => {
    expect(commonDeparture([span(0, 10), span(5, 20), span(3, 8)])).toBe(5);
    expect(commonDeparture([span(0, 10), span(5, 20), span(11, 30)])).toBeUndefined();
  });
});
