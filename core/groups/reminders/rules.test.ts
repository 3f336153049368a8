import { describe, expect, it } from "vitest";
import { reminderDue, remindersAhead } from "./rules.js";

const startAt = new Date("2026-11-28T10:00:00Z");
const hoursBefore = (hours: number) => new Date(startAt.getTime() - hours * 3_600_000);

describe("remindersAhead", () => {
  it("reminds 24 hours and 1 hour before the start", () => {
    expect(remindersAhead(startAt, hoursBefore(72))).toEqual([
      { kind: "day", at: hoursBefore(24) },
      { kind: "hour", at: hoursBefore(1) },
    ]);
  });

  it("leaves out a moment already past", () => {
    expect(remindersAhead(startAt, hoursBefore(5))).toEqual([{ kind: "hour", at: hoursBefore(1) }]);
    expect(remindersAhead(startAt, hoursBefore(24))).toEqual([{ kind: "hour", at: hoursBefore(1) }]);
    expect(remindersAhead(startAt, hoursBefore(0.5))).toEqual([]);
  });
});

describe("reminderDue", () => {
  it("is due from the reminder's moment (a minute of clock skew allowed) until the start", () => {
    expect(reminderDue("hour", startAt, hoursBefore(1))).toBe(true);
    expect(reminderDue("hour", startAt, hoursBefore(1 + 0.5 / 60))).toBe(true);
    expect(reminderDue("hour", startAt, hoursBefore(1.5))).toBe(false);
    expect(reminderDue("day", startAt, hoursBefore(2))).toBe(true);
    expect(reminderDue("day", startAt, startAt)).toBe(false);
  });
});
