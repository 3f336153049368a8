import type { RoomEnd } from "../../db/generated/enums.js";
import type { RoomTimes } from "../rooms/rules.js";

// A video check (화상인증) is one operator and one person for a short while: its room opens when
// the operator takes the request and takes no one after 30 minutes, with no grace as a workout has.

export const VIDEO_CHECK_MS = 30 * 60_000;
export const VIDEO_CHECK_MINUTES = VIDEO_CHECK_MS / 60_000;

/** The room a request taken at `now` gets. */
export function checkRoomTimes(now: Date): RoomTimes {
  return { opensAt: now, closesAt: new Date(now.getTime() + VIDEO_CHECK_MS) };
}

/** A pass works exactly while the room does. */
export function checkPassWindow(room: RoomTimes): { notBefore: Date; expiresAt: Date } {
  return { notBefore: room.opensAt, expiresAt: room.closesAt };
}

/**
 * Whether the room no longer takes anyone: its passes expired, or honjok ended it. The deployment
 * destroys a room whenever the last one in it leaves and opens it again for the next, so an end
 * by "destroyed" (the operator looked in and left before the person came) closes nothing early.
 */
export function checkRoomIsOver(
  room: RoomTimes & { endedAt: Date | null; endedBy: RoomEnd | null },
  now: Date,
): boolean {
  if (now >= checkPassWindow(room).expiresAt) return true;
  return room.endedAt !== null && room.endedBy !== "destroyed";
}
