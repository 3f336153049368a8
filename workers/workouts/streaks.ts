import { sendStreakNudges } from "../../core/workouts/streaks/mutations.js";
import type { GroupsDeps } from "../groups/worker.js";
import { defineHandler, type HandlerRegistration } from "../jobs.js";

// The evening nudge: a scan that the scheduler repeats, once for all the machines. Each streak's
// row records the period it was nudged for, so a scan repeated, or two at once, sends nothing twice.

/** The nudge is due from 20:00 on the person's clock: a scan every quarter hour sends it by 20:15. */
export const STREAK_NUDGE_MS = 15 * 60_000;

export function streakHandlers({ db, logger }: GroupsDeps): HandlerRegistration[] {
  return [
    defineHandler("groups", "send-streak-nudges", async () => {
      const sent = await sendStreakNudges(db);
      if (sent > 0) logger.info({ sent }, "streak nudges sent");
    }),
  ];
}
