import { describe, expect, it } from "vitest";
import { decideRsvp } from "./rules.js";

const full = { capacity: 3, goingCount: 3, nextWaitlistNo: 4 };
const room = { capacity: 3, goingCount: 2, nextWaitlistNo: 4 };

describe("decideRsvp", () => {
  it("takes a free seat, or the next waitlist number when full", () => {
    expect(decideRsvp(undefined, "going", room)).toEqual({
      status: "going",
      waitlistNo: null,
      goingDelta: 1,
    });
    expect(decideRsvp("maybe", "going", full)).toEqual({
      status: "waitlisted",
      waitlistNo: 4,
      goingDelta: 0,
    });
    expect(
      decideRsvp(undefined, "going", { capacity: null, goingCount: 500, nextWaitlistNo: 1 })?.status,
    ).toBe("going");
  });

  it("changes nothing for the same answer again, or going while in line", () => {
    expect(decideRsvp("going", "going", room)).toBeUndefined();
    expect(decideRsvp("waitlisted", "going", room)).toBeUndefined();
    expect(decideRsvp("declined", "declined", room)).toBeUndefined();
  });

  it("frees a seat when someone going steps back, and leaves the line otherwise", () => {
    expect(decideRsvp("going", "declined", full)).toEqual({
      status: "declined",
      waitlistNo: null,
      goingDelta: -1,
    });
    expect(decideRsvp("waitlisted", "maybe", full)).toEqual({
      status: "maybe",
      waitlistNo: null,
      goingDelta: 0,
    });
  });
});
