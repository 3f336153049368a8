import type { ReminderKind } from "./types.js";

const HOUR_MS = 60 * 60_000;

/** How long before the start each reminder goes out. */
export const REMINDER_LEAD_MS: Record<ReminderKind, number> = { day: 24 * HOUR_MS, hour: HOUR_MS };

export interface ReminderMoment {
  kind: ReminderKind;
  at: Date;
}

/** The reminders still to come for a meetup starting at `startAt`: none for a moment already past. */
export function remindersAhead(startAt: Date, now: Date): ReminderMoment[] {
  return Object.entries(REMINDER_LEAD_MS)
    .map(([kind, lead]) => ({ kind: kind as ReminderKind, at: new Date(startAt.getTime() - lead) }))
    .filter(({ at }) => at > now);
}
