import type { RsvpAnswer, RsvpStatus } from "../meetups/types.js";

/** A meetup's seats as its row keeps them, under its lock. */
interface Seats {
  capacity: number | null;
  goingCount: number;
  nextWaitlistNo: number;
}

export interface RsvpChange {
  status: RsvpStatus;
  /** The number handed out to a person joining the waitlist; null otherwise. */
  waitlistNo: number | null;
  /** +1 takes a seat, -1 frees one for the waitlist. */
  goingDelta: -1 | 0 | 1;
}

function hasRoom(seats: Pick<Seats, "capacity" | "goingCount">): boolean {
  return seats.capacity === null || seats.goingCount < seats.capacity;
}

/**
 * What an answer does to a person's RSVP, or undefined when it changes nothing: saying "going"
 * again, or while waiting in line, keeps the seat or the place in line.
 */
export function decideRsvp(
  current: RsvpStatus | undefined,
  answer: RsvpAnswer,
  seats: Seats,
): RsvpChange | undefined {
  if (answer === "going") {
    if (current === "going" || current === "waitlisted") return undefined;
    return hasRoom(seats)
      ? { status: "going", waitlistNo: null, goingDelta: 1 }
      : { status: "waitlisted", waitlistNo: seats.nextWaitlistNo, goingDelta: 0 };
  }
  if (current === answer) return undefined;
  return { status: answer, waitlistNo: null, goingDelta: current === "going" ? -1 : 0 };
}
