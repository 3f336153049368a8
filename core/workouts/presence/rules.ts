import { AppError } from "../../errors.js";
import { passWindow, ROOM_EARLY_MS, ROOM_TIMEOUT_MS, type RoomTimes } from "../rooms/rules.js";
import type { OccupantStay } from "./types.js";

// How far honjok believes the deployment's clock. Its times are kept as it sent them, because a
// later event names the same stay by the same joined time; a time honjok's clock says cannot be
// right is refused instead, with the reason.

/** Two clocks kept by NTP differ by far less than this; by more, one of them is wrong. */
const CLOCK_TOLERANCE_MS = 2 * 60_000;

const MINUTE_MS = 60_000;

/** Why the deployment's `at` cannot be right yet by honjok's clock, if it cannot. */
export function aheadOfNow(at: Date, now: Date): AppError | undefined {
  const aheadMs = at.getTime() - now.getTime();
  if (aheadMs <= CLOCK_TOLERANCE_MS) return undefined;
  return new AppError("room-event-ahead", { seconds: Math.round(aheadMs / 1000) });
}

/**
 * Why nobody can have come into the room at `at`, if nobody can: links work from shortly before
 * it opens, and the upkeep closes it a while after its planned end.
 */
function outsideRoom(room: RoomTimes, at: Date): AppError | undefined {
  const from = passWindow(room).notBefore.getTime() - CLOCK_TOLERANCE_MS;
  const until = room.closesAt.getTime() + ROOM_TIMEOUT_MS + CLOCK_TOLERANCE_MS;
  if (at.getTime() >= from && at.getTime() <= until) return undefined;
  return new AppError("room-event-outside", {
    early: ROOM_EARLY_MS / MINUTE_MS,
    late: ROOM_TIMEOUT_MS / MINUTE_MS,
  });
}

/** Why the deployment's time of a coming in (a run's creation, an occupant's join) cannot be right. */
export function impossibleArrival(room: RoomTimes, at: Date, now: Date): AppError | undefined {
  return aheadOfNow(at, now) ?? outsideRoom(room, at);
}

/**
 * An end before its start can only come from a clock that stepped back between the two: the
 * stay (or run) is kept with no length, which counts for nothing rather than for too much.
 */
export function endNotBefore(start: Date, end: Date): { end: Date; adjusted: boolean } {
  return end < start ? { end: start, adjusted: true } : { end, adjusted: false };
}

/**
 * What an event says happened to a stay, given what was recorded of it before: a stay not known
 * yet is a coming in, its first end a going out (a leave that comes first is both at once).
 */
export function presenceNews(
  before: { leftAt: Date | null } | undefined,
  stay: OccupantStay,
): ("joined" | "left")[] {
  const news: ("joined" | "left")[] = [];
  if (!before) news.push("joined");
  if (stay.leftAt && !before?.leftAt) news.push("left");
  return news;
}
