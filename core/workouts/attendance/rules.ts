import { ROOM_EARLY_MS } from "../rooms/rules.js";

// Who came to a room, from their stays: the time a seat was in the room at all (overlapping stays,
// from two devices or a quick reconnect, count once), within the room's own time.

/**
 * What counts as having come. One object, so a deployment tunes attendance in one place; the
 * defaults are the product's: ten minutes in the room, or half of a shorter session.
 */
export interface AttendanceSettings {
  /** Present at least this many minutes counts as attended, however long the session. */
  minimumMinutes: number;
  /** …and so does being present for at least this share of the planned session. */
  sessionShare: number;
}

export const defaultAttendanceSettings: AttendanceSettings = { minimumMinutes: 10, sessionShare: 0.5 };

export interface Stay {
  joinedAt: Date;
  /** Null for a stay still open when the room ended: it lasted until the end. */
  leftAt: Date | null;
}

export interface SettledRoomTimes {
  opensAt: Date;
  closesAt: Date;
  endedAt: Date;
}

/** Stays count from when the links start working until the room ended. */
export function countedWindow(room: SettledRoomTimes): { from: number; until: number } {
  return { from: room.opensAt.getTime() - ROOM_EARLY_MS, until: room.endedAt.getTime() };
}

/** Whole seconds covered by at least one of the stays, within the window. */
export function presentSeconds(stays: Stay[], window: { from: number; until: number }): number {
  const spans = stays
    .map(({ joinedAt, leftAt }) => ({
      from: Math.max(joinedAt.getTime(), window.from),
      until: Math.min(leftAt?.getTime() ?? window.until, window.until),
    }))
    .filter(({ from, until }) => until > from)
    .sort((a, b) => a.from - b.from);
  let coveredMs = 0;
  let reached = Number.NEGATIVE_INFINITY;
  for (const { from, until } of spans) {
    coveredMs += Math.max(0, until - Math.max(from, reached));
    reached = Math.max(reached, until);
  }
  return Math.floor(coveredMs / 1000);
}

/** Attended: present the minimum, or the share of the planned session; never without being there. */
export function attended(
  seconds: number,
  room: { opensAt: Date; closesAt: Date },
  settings: AttendanceSettings,
): boolean {
  if (seconds <= 0) return false;
  const plannedSeconds = (room.closesAt.getTime() - room.opensAt.getTime()) / 1000;
  return seconds >= settings.minimumMinutes * 60 || seconds >= plannedSeconds * settings.sessionShare;
}
