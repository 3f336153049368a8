import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/**
 * A departure `minutes` from now as a rider in Seoul types it: "23:40", or "내일 00:20" when it
 * falls after midnight. The matcher only proposes departures the riders still have time to answer.
 */
export function departureIn(minutes: number): string {
  const now = new TZDate(Date.now(), "Asia/Seoul");
  const at = new TZDate(Date.now() + minutes * 60_000, "Asia/Seoul");
  const nextDay = format(at, "yyyy-MM-dd") !== format(now, "yyyy-MM-dd");
  return `${nextDay ? "내일 " : ""}${format(at, "HH:mm")}`;
}
