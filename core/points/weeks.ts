import { TZDate } from "@date-fns/tz";
import { format, startOfWeek } from "date-fns";

/**
 * The week a moment falls in on a person's own calendar, named by its Monday ("2026-12-07"): the
 * weekly board counts from Monday 00:00 where each person lives, and keeps one total per week.
 */
export function weekOf(moment: Date, timeZone: string): string {
  return format(startOfWeek(new TZDate(moment.getTime(), timeZone), { weekStartsOn: 1 }), "yyyy-MM-dd");
}
