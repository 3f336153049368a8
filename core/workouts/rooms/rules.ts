import { randomBytes } from "node:crypto";
import type { RoomEnd } from "../../db/generated/enums.js";

// When a room's links work, and the names that make a room and a seat unguessable.

/** Links work from a few minutes before the start, so people can come in and say hello. */
export const ROOM_EARLY_MS = 10 * 60_000;
/** …and until a short grace after the planned end, so a session running over is not cut off. */
export const ROOM_GRACE_MS = 15 * 60_000;
/** A room still open this long after its planned end is closed by the upkeep job. */
export const ROOM_TIMEOUT_MS = 30 * 60_000;

/** 128 random bits in lower-case hex: Jitsi room names are case-insensitive, so no capitals. */
export function newRoomName(): string {
  return randomBytes(16).toString("hex");
}

/** 96 random bits: the token's context.user.id, which names the person to nobody outside honjok. */
export function newSeatId(): string {
  return randomBytes(12).toString("base64url");
}

export interface RoomTimes {
  opensAt: Date;
  closesAt: Date;
}

/** How long before a room opens its passes work, and how long after it closes. */
export interface PassMargins {
  earlyMs: number;
  graceMs: number;
}

/** A workout's: people come in early to say hello, and a session running over is not cut off. */
export const WORKOUT_MARGINS: PassMargins = { earlyMs: ROOM_EARLY_MS, graceMs: ROOM_GRACE_MS };

/** When a pass to the room is valid: `notBefore` the margin before it opens, expiry the margin after it closes. */
export function passWindow(room: RoomTimes, margins = WORKOUT_MARGINS): { notBefore: Date; expiresAt: Date } {
  return {
    notBefore: new Date(room.opensAt.getTime() - margins.earlyMs),
    expiresAt: new Date(room.closesAt.getTime() + margins.graceMs),
  };
}

export interface RoomEnding extends RoomTimes {
  endedAt: Date | null;
  endedBy: RoomEnd | null;
}

/**
 * Whether the room no longer takes anyone: it was ended for good, or its passes would already have
 * expired. Everyone leaving (the deployment destroys the room) ends it only for now: a host who
 * looks in early and steps out, or a break, must not shut out whoever has not come yet.
 */
export function roomIsOver(room: RoomEnding, now: Date, margins = WORKOUT_MARGINS): boolean {
  const endedForGood = room.endedAt !== null && room.endedBy !== "destroyed";
  return endedForGood || now >= passWindow(room, margins).expiresAt;
}
