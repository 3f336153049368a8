import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { nextOccurrenceIndex, occurrenceStart, type SeriesRule } from "./recurrence.js";

const wallClock = (at: Date, timeZone: string) =>
  format(new TZDate(at.getTime(), timeZone), "yyyy-MM-dd HH:mm");
const weekly = (timeZone: string, weekdays: number[] = []): SeriesRule => ({
  recurrence: "weekly",
  timeZone,
  weekdays,
});
const monthly = (timeZone: string): SeriesRule => ({ recurrence: "monthly", timeZone, weekdays: [] });

describe("occurrenceStart", () => {
  it("keeps 19:00 at 19:00 across New York's change to summer time", () => {
    // Sunday 8 March 2026 New York moves from EST (UTC-5) to EDT (UTC-4).
    const first = new Date("2026-03-05T19:00:00-05:00");
    const zone = "America/New_York";
    expect([0, 1, 2].map((n) => wallClock(occurrenceStart(first, weekly(zone), n), zone))).toEqual([
      "2026-03-05 19:00",
      "2026-03-12 19:00",
      "2026-03-19 19:00",
    ]);
    expect(occurrenceStart(first, weekly(zone), 1).toISOString()).toBe("2026-03-12T23:00:00.000Z");
  });

  it("keeps the wall clock of the series' zone, not of the machine or of UTC", () => {
    // Seoul has no summer time; in Los Angeles (the tests' TZ) the same instants move an hour.
    const first = new Date("2026-03-04T19:00:00+09:00");
    expect(occurrenceStart(first, weekly("Asia/Seoul"), 1).toISOString()).toBe("2026-03-11T10:00:00.000Z");
  });

  it("clamps a monthly series on the 31st to the month's end, and returns to the 31st", () => {
    const first = new Date("2026-01-31T19:00:00+09:00");
    const zone = "Asia/Seoul";
    expect([1, 2, 3, 4].map((n) => wallClock(occurrenceStart(first, monthly(zone), n), zone))).toEqual([
      "2026-02-28 19:00",
      "2026-03-31 19:00",
      "2026-04-30 19:00",
      "2026-05-31 19:00",
    ]);
  });

  it("crosses the year end", () => {
    const first = new Date("2026-12-15T10:00:00+09:00");
    expect(wallClock(occurrenceStart(first, monthly("Asia/Seoul"), 1), "Asia/Seoul")).toBe(
      "2027-01-15 10:00",
    );
  });
});

describe("nextOccurrenceIndex", () => {
  const first = new Date("2026-11-07T19:00:00+09:00");

  it("is the one after the latest while that is still ahead", () => {
    expect(nextOccurrenceIndex(first, weekly("Asia/Seoul"), 0, new Date("2026-11-07T19:30:00+09:00"))).toBe(
      1,
    );
  });

  it("skips occurrences already past after a long pause", () => {
    expect(nextOccurrenceIndex(first, weekly("Asia/Seoul"), 0, new Date("2026-11-25T12:00:00+09:00"))).toBe(
      3,
    );
  });
});

describe("a weekly series on several days", () => {
  const monWedFri = [1, 3, 5];

  it("goes 월수금 from a first on Wednesday: Wed, Fri, Mon, Wed", () => {
    const first = new Date("2026-12-02T07:00:00+09:00"); // Wednesday
    const zone = "Asia/Seoul";
    expect(
      [0, 1, 2, 3].map((n) => wallClock(occurrenceStart(first, weekly(zone, monWedFri), n), zone)),
    ).toEqual(["2026-12-02 07:00", "2026-12-04 07:00", "2026-12-07 07:00", "2026-12-09 07:00"]);
  });

  it("keeps 07:00 on Los Angeles' clocks across the change to summer time", () => {
    // Sunday 8 March 2026 Los Angeles moves from PST (UTC-8) to PDT (UTC-7).
    const first = new Date("2026-03-04T07:00:00-08:00"); // Wednesday
    const zone = "America/Los_Angeles";
    const starts = [0, 1, 2, 3].map((n) => occurrenceStart(first, weekly(zone, monWedFri), n));
    expect(starts.map((start) => wallClock(start, zone))).toEqual([
      "2026-03-04 07:00",
      "2026-03-06 07:00",
      "2026-03-09 07:00",
      "2026-03-11 07:00",
    ]);
    expect(starts.map((start) => start.toISOString())).toEqual([
      "2026-03-04T15:00:00.000Z",
      "2026-03-06T15:00:00.000Z",
      "2026-03-09T14:00:00.000Z",
      "2026-03-11T14:00:00.000Z",
    ]);
  });

  it("keeps 07:00 in Berlin across the change back to winter time, a weekend series too", () => {
    // Sunday 25 October 2026 Berlin moves from CEST (UTC+2) back to CET (UTC+1).
    const first = new Date("2026-10-24T07:00:00+02:00"); // Saturday
    const zone = "Europe/Berlin";
    const starts = [0, 1, 2].map((n) => occurrenceStart(first, weekly(zone, [6, 7]), n));
    expect(starts.map((start) => start.toISOString())).toEqual([
      "2026-10-24T05:00:00.000Z",
      "2026-10-25T06:00:00.000Z",
      "2026-10-31T06:00:00.000Z",
    ]);
  });

  it("skips the days already past after a pause", () => {
    const first = new Date("2026-12-02T07:00:00+09:00");
    const rule = weekly("Asia/Seoul", monWedFri);
    // Tuesday 8 December: Fri 4 and Mon 7 are past, Wed 9 (index 3) is next.
    expect(nextOccurrenceIndex(first, rule, 0, new Date("2026-12-08T12:00:00+09:00"))).toBe(3);
  });
});
