import type { VideoCheckStatus } from "../../db/generated/enums.js";
import type { PassMargins, RoomTimes } from "../rooms/rules.js";

// A video check (화상인증) is one operator and one person for a short while: its room opens when
// the operator takes the request and takes no one after 30 minutes, with no grace as a workout has.

export const VIDEO_CHECK_MS = 30 * 60_000;
export const VIDEO_CHECK_MINUTES = VIDEO_CHECK_MS / 60_000;

/**
 * A request no operator took in a day is given up: an operator who has not looked in that long is
 * not coming soon, and the person should hear so rather than wait on it.
 */
export const VIDEO_CHECK_WAIT_MS = 24 * 60 * 60_000;
export const VIDEO_CHECK_WAIT_HOURS = VIDEO_CHECK_WAIT_MS / (60 * 60_000);

/** The room a request taken at `now` gets. */
export function checkRoomTimes(now: Date): RoomTimes {
  return { opensAt: now, closesAt: new Date(now.getTime() + VIDEO_CHECK_MS) };
}

/** A pass works exactly while the room does. */
export const VIDEO_CHECK_MARGINS: PassMargins = { earlyMs: 0, graceMs: 0 };

/** An untaken request asked at or before this is given up. */
export const untakenGivenUpBefore = (now: Date) => new Date(now.getTime() - VIDEO_CHECK_WAIT_MS);

/**
 * A taken request whose room closed at or before this is given up: the operator may still decide
 * it for half an hour after the call, and then the person can ask again.
 */
export const takenGivenUpBefore = (now: Date) => new Date(now.getTime() - VIDEO_CHECK_MS);

export interface CheckTimes {
  status: VideoCheckStatus;
  requestedAt: Date;
  /** When its room closes; null while no operator has taken it. */
  roomClosesAt: Date | null;
}

/** Whether an open request is past its time by `now`, whether or not anything has recorded so yet. */
export function checkIsGivenUp(check: CheckTimes, now: Date): boolean {
  return check.roomClosesAt
    ? check.roomClosesAt <= takenGivenUpBefore(now)
    : check.requestedAt <= untakenGivenUpBefore(now);
}

/** How the check stands at `now`: an open request past its time counts as given up ("expired"). */
export function checkStatusAt(check: CheckTimes, now: Date): VideoCheckStatus {
  return check.status === "requested" && checkIsGivenUp(check, now) ? "expired" : check.status;
}
