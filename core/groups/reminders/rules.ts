import type { ReminderKind } from "../meetups/types.js";

const HOUR_MS = 60 * 60_000;

/** How long before the start each reminder goes out. */
const REMINDER_LEAD_MS: Record<ReminderKind, number> = { day: 24 * HOUR_MS, hour: HOUR_MS };

interface ReminderMoment {
  kind: ReminderKind;
  at: Date;
}

/**
 * How much earlier than its moment a reminder may still go out: BullMQ never runs a delayed job
 * early, so this only covers clocks of different machines that disagree a little.
 */
const CLOCK_SKEW_MS = 60_000;

/**
 * Whether a reminder of `kind` is due now for a meetup starting at `startAt`: from its moment
 * until the start. It is read from the meetup as it is when the job runs, not from the version the
 * job was queued for, so an edit just before the moment cannot lose it, and a meetup moved later
 * is not reminded at its old time.
 */
export function reminderDue(kind: ReminderKind, startAt: Date, now: Date): boolean {
  const moment = startAt.getTime() - REMINDER_LEAD_MS[kind];
  return now.getTime() >= moment - CLOCK_SKEW_MS && now < startAt;
}

/** The reminders still to come for a meetup starting at `startAt`: none for a moment already past. */
export function remindersAhead(startAt: Date, now: Date): ReminderMoment[] {
  return Object.entries(REMINDER_LEAD_MS)
    .map(([kind, lead]) => ({ kind: kind as ReminderKind, at: new Date(startAt.getTime() - lead) }))
    .filter(({ at }) => at > now);
}
