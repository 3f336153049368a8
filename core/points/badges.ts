import type { EarningKind } from "./settings.js";

// Badges cost honjok nothing and mark something a person really did with others. Each is a
// condition on facts the ledger already holds, so none needs a table of its own: an entry that
// was held or reversed never counts, and a badge whose entries are taken back goes with them.

/** What the badges are decided on: the person's credited, not reversed earnings by kind. */
export interface BadgeFacts {
  earnedByKind: Partial<Record<EarningKind, number>>;
  /** The longest run of weeks a workout streak kept (a daily goal's days count in whole weeks). */
  longestStreakWeeks: number;
}

const count = (facts: BadgeFacts, kind: EarningKind) => facts.earnedByKind[kind] ?? 0;

/** Every badge in the order /points shows them, with what earns it. */
export const badges = [
  { badge: "first_trade", earned: (facts: BadgeFacts) => count(facts, "trade_completed") >= 1 },
  { badge: "ten_trades", earned: (facts: BadgeFacts) => count(facts, "trade_completed") >= 10 },
  { badge: "ten_rides", earned: (facts: BadgeFacts) => count(facts, "ride_happened") >= 10 },
  { badge: "first_meetup", earned: (facts: BadgeFacts) => count(facts, "meetup_attended") >= 1 },
  { badge: "first_host", earned: (facts: BadgeFacts) => count(facts, "meetup_hosted") >= 1 },
  { badge: "ten_workouts", earned: (facts: BadgeFacts) => count(facts, "workout_attended") >= 10 },
  {
    badge: "four_week_streak",
    earned: (facts: BadgeFacts) => facts.longestStreakWeeks >= 4 || count(facts, "streak_month") >= 1,
  },
  { badge: "helpful_tips", earned: (facts: BadgeFacts) => count(facts, "tip_helpful") >= 10 },
] as const;

export type Badge = (typeof badges)[number]["badge"];

export function earnedBadges(facts: BadgeFacts): Badge[] {
  return badges.filter((rule) => rule.earned(facts)).map((rule) => rule.badge);
}
