import { describe, expect, it } from "vitest";
import { attended, countedWindow, defaultAttendanceSettings, presentSeconds, type Stay } from "./rules.js";

// Who came, from the stays: each example is a workout at 07:00 Seoul time (22:00 UTC the day before).

const MINUTE_MS = 60_000;
const opensAt = new Date("2026-12-01T22:00:00Z");
const at = (minutes: number) => new Date(opensAt.getTime() + minutes * MINUTE_MS);
const stay = (from: number, until: number | null): Stay => ({
  joinedAt: at(from),
  leftAt: until === null ? null : at(until),
});

function room(minutes: number, endedAfter = minutes) {
  return { opensAt, closesAt: at(minutes), endedAt: at(endedAfter) };
}

function minutesPresent(stays: Stay[], minutes = 60, endedAfter = minutes) {
  return presentSeconds(stays, countedWindow(room(minutes, endedAfter))) / 60;
}

function attends(presentMinutes: number, sessionMinutes: number) {
  return attended(presentMinutes * 60, room(sessionMinutes), defaultAttendanceSettings);
}

describe("time present in a room", () => {
  it("counts two overlapping stays (a phone and a laptop) once: 07:00–07:20 and 07:10–07:30 are 30 minutes", () => {
    expect(minutesPresent([stay(0, 20), stay(10, 30)])).toBe(30);
  });

  it("adds a leave and a return: 07:00–07:10 and 07:15–07:25 are 20 minutes", () => {
    expect(minutesPresent([stay(0, 10), stay(15, 25)])).toBe(20);
  });

  it("counts from 10 minutes before the start, when the links work: 06:40–07:05 is 15 minutes", () => {
    expect(minutesPresent([stay(-20, 5)])).toBe(15);
  });

  it("stops at the room's end: 07:50–08:30 in a room ended at 08:10 is 20 minutes", () => {
    expect(minutesPresent([stay(50, 90)], 60, 70)).toBe(20);
  });

  it("lets a stay still open at the end last until it: from 07:45 in a room ended at 08:00 is 15 minutes", () => {
    expect(minutesPresent([stay(45, null)])).toBe(15);
  });

  it("counts nothing for a stay after the end or one with no length", () => {
    expect(minutesPresent([stay(70, 80), stay(30, 30)])).toBe(0);
  });
});

describe("attended", () => {
  it("is 10 minutes of a 60-minute workout (the minimum)", () => {
    expect(attends(10, 60)).toBe(true);
  });

  it("is not 9 minutes of a 60-minute workout", () => {
    expect(attends(9, 60)).toBe(false);
  });

  it("is 8 minutes of a 15-minute workout (half the session)", () => {
    expect(attends(7.5, 15)).toBe(true);
    expect(attends(8, 15)).toBe(true);
  });

  it("is not 7 minutes of a 15-minute workout", () => {
    expect(attends(7, 15)).toBe(false);
  });

  it("is never without being there, even for a session planned with no length", () => {
    expect(attends(0, 0)).toBe(false);
  });

  it("follows the settings: 20 minutes required, and no share, makes 15 of 20 minutes not enough", () => {
    const strict = { minimumMinutes: 20, sessionShare: 1 };
    expect(attended(15 * 60, room(20), strict)).toBe(false);
    expect(attended(20 * 60, room(20), strict)).toBe(true);
  });
});
