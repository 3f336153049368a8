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

export function checkRoomIsOver(room: RoomTimes & { endedAt: Date | null }, now: Date): boolean {
  return room.endedAt !== null || now >= room.closesAt;
}
