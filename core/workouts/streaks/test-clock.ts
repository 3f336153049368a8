// Shared by the streak tests: an instant given as a wall-clock time in 2026 in a zone, so a test
// reads as the person's own calendar (month 1–12).
import { TZDate } from "@date-fns/tz";

export function wallClock(zone: string, month: number, day: number, hour = 7, minute = 0): Date {
  return new Date(new TZDate(2026, month - 1, day, hour, minute, zone).getTime());
}
