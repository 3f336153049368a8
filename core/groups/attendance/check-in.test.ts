import { describe, expect, it } from "vitest";
import { runsMeetup } from "../roles.js";
import { checkInOffered, newCheckInCode, refuseFarFromVenue, refuseOutsideCheckIn } from "./check-in.js";

const meetup = { startAt: new Date("2026-11-28T10:00:00Z"), endAt: new Date("2026-11-28T12:00:00Z") };
const minutesFromStart = (minutes: number) => new Date(meetup.startAt.getTime() + minutes * 60_000);

describe("the check-in window", () => {
  it("opens 30 minutes before the start and closes at the end", () => {
    for (const minutes of [-30, 0, 119]) {
      expect(() => refuseOutsideCheckIn(meetup, minutesFromStart(minutes))).not.toThrow();
    }
    for (const minutes of [-31, 120, 600]) {
      expect(() => refuseOutsideCheckIn(meetup, minutesFromStart(minutes))).toThrow(
        expect.objectContaining({ code: "checkin-closed", params: { minutes: 30 } }),
      );
    }
  });
});

describe("check-in codes and distance", () => {
  it("makes six digits", () => {
    const codes = Array.from({ length: 50 }, () => newCheckInCode());
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(1);
  });

  it("lets 200 m pass and shows a farther distance rounded to 10 m", () => {
    expect(() => refuseFarFromVenue(200)).not.toThrow();
    expect(() => refuseFarFromVenue(734.9)).toThrow(
      expect.objectContaining({ code: "checkin-too-far", params: { metres: 200, distance: 730 } }),
    );
  });
});

describe("who a card offers check-in to", () => {
  const card = (runs: boolean, rsvp: string | undefined, checkedIn = false) => ({
    ...meetup,
    viewer: { runs, rsvp, checkedIn },
  });

  it("offers it in the window to whoever runs the meetup or is going, until they are in", () => {
    const during = minutesFromStart(10);
    expect(checkInOffered(card(true, undefined), during)).toBe(true);
    expect(checkInOffered(card(false, "going"), during)).toBe(true);
    expect(checkInOffered(card(false, "maybe"), during)).toBe(false);
    expect(checkInOffered(card(false, "going", true), during)).toBe(false);
    expect(checkInOffered(card(false, "going"), minutesFromStart(-60))).toBe(false);
  });

  it("lets the host or a moderator run a meetup, not a member or a stranger", () => {
    expect([runsMeetup("member", true), runsMeetup("moderator", false), runsMeetup("owner", false)]).toEqual([
      true,
      true,
      true,
    ]);
    expect([runsMeetup("member", false), runsMeetup(undefined, true)]).toEqual([false, false]);
  });
});
