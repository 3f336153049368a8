import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/**
 * A span of time as one person reads it on their own clocks, in parts the catalogs put together:
 * the day (`11/28`), its weekday (0 = Sunday, named by each language) and the clock range
 * (`19:00~21:00`, or `23:00~11/29 01:00` past midnight).
 */
interface LocalSpan {
  date: string;
  weekday: number;
  time: string;
}

export function localSpan(start: Date, end: Date, timeZone: string): LocalSpan {
  const from = new TZDate(start.getTime(), timeZone);
  const to = new TZDate(end.getTime(), timeZone);
  const sameDay = format(from, "yyyy-MM-dd") === format(to, "yyyy-MM-dd");
  return {
    date: format(from, "M/d"),
    weekday: from.getDay(),
    time: `${format(from, "HH:mm")}~${format(to, sameDay ? "HH:mm" : "M/d HH:mm")}`,
  };
}

/** Hours left until `until`, rounded up, as a refusal or a notice tells them ("in 3 hours"). */
export function hoursUntil(until: Date, now: Date): number {
  return Math.ceil((until.getTime() - now.getTime()) / 3_600_000);
}
