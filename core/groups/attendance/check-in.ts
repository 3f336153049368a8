import { randomInt } from "node:crypto";
import { AppError } from "../../errors.js";

/** Check-in opens this long before the start and stays open until the end. */
const CHECKIN_OPENS_MIN = 30;
/** Wrong codes a person may type per meetup before only the host can check them in. */
export const MAX_CODE_TRIES = 5;
/** A shared location this close to the venue counts as being there. */
export const CHECKIN_RADIUS_M = 200;

const MINUTE_MS = 60_000;

interface Span {
  startAt: Date;
  endAt: Date;
}

/** From CHECKIN_OPENS_MIN before the start until the end. */
export function checkInOpen(meetup: Span, now: Date): boolean {
  return now.getTime() >= meetup.startAt.getTime() - CHECKIN_OPENS_MIN * MINUTE_MS && now < meetup.endAt;
}

/** Whether a meetup card offers check-in: in its window, to whoever runs it or is going and not yet in. */
export function checkInOffered(
  card: Span & { viewer: { runs: boolean; rsvp: string | undefined; checkedIn: boolean } },
  now: Date,
): boolean {
  const { runs, rsvp, checkedIn } = card.viewer;
  return checkInOpen(card, now) && (runs || rsvp === "going") && !checkedIn;
}

export function refuseOutsideCheckIn(meetup: Span, now: Date): void {
  if (!checkInOpen(meetup, now)) throw new AppError("checkin-closed", { minutes: CHECKIN_OPENS_MIN });
}

/** Six digits, read aloud or shown on a phone; MAX_CODE_TRIES keeps guessing hopeless. */
export function newCheckInCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/** The distance is shown rounded to 10 m: enough to know how far to walk, no more. */
export function refuseFarFromVenue(distanceM: number): void {
  if (distanceM <= CHECKIN_RADIUS_M) return;
  throw new AppError("checkin-too-far", {
    metres: CHECKIN_RADIUS_M,
    distance: Math.round(distanceM / 10) * 10,
  });
}
