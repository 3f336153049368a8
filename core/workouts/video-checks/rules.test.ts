import { describe, expect, it } from "vitest";
import { roomIsOver } from "../rooms/rules.js";
import { checkRoomTimes, checkStatusAt, VIDEO_CHECK_MARGINS } from "./rules.js";

const MINUTE_MS = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 2, 3, 0) + minutes * MINUTE_MS);
const room = { ...checkRoomTimes(at(0)), endedAt: null, endedBy: null };
const checkRoomIsOver = (checkRoom: Parameters<typeof roomIsOver>[0], now: Date) =>
  roomIsOver(checkRoom, now, VIDEO_CHECK_MARGINS);

describe("a video check's room", () => {
  it("takes people until its 30 minutes are up", () => {
    expect(checkRoomIsOver(room, at(29))).toBe(false);
    expect(checkRoomIsOver(room, at(30))).toBe(true);
  });

  it("is not over when the deployment destroyed it (everyone left) before its time is up", () => {
    const emptied = { ...room, endedAt: at(5), endedBy: "destroyed" as const };
    expect(checkRoomIsOver(emptied, at(10))).toBe(false);
    expect(checkRoomIsOver(emptied, at(30))).toBe(true);
  });

  it("is over at once when honjok ended it", () => {
    for (const endedBy of ["host", "timeout", "cancelled"] as const) {
      expect(checkRoomIsOver({ ...room, endedAt: at(5), endedBy }, at(10)), endedBy).toBe(true);
    }
  });
});

describe("a video check's standing", () => {
  const taken = { status: "requested" as const, requestedAt: at(0), roomClosesAt: at(30) };

  it("is open until half an hour after its room closed, then given up", () => {
    expect(checkStatusAt(taken, at(59))).toBe("requested");
    expect(checkStatusAt(taken, at(60))).toBe("expired");
  });

  it("is open, untaken, for a day after it was asked, then given up", () => {
    const untaken = { ...taken, roomClosesAt: null };
    expect(checkStatusAt(untaken, at(24 * 60 - 1))).toBe("requested");
    expect(checkStatusAt(untaken, at(24 * 60))).toBe("expired");
  });

  it("keeps a decision whatever the time", () => {
    expect(checkStatusAt({ ...taken, status: "confirmed" }, at(600))).toBe("confirmed");
    expect(checkStatusAt({ ...taken, status: "declined" }, at(600))).toBe("declined");
  });
});
