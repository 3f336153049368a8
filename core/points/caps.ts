import type { PointHoldReason } from "../db/generated/enums.js";
import type { EarningRule } from "./settings.js";
import type { SelfDealingPattern } from "./types.js";

/** What is known about a new earning when it is decided, counted under the person's lock. */
export interface EarningContext {
  verified: boolean;
  /** The other person in the outcome is the earner themself. */
  ownCounterpart: boolean;
  /** A sign of self-dealing the outcome's source saw in it (a ride that never left one cell). */
  pattern: SelfDealingPattern | null;
  /** Entries of the kind already credited today on the person's calendar. */
  creditedToday: number;
  /** Entries of the kind already credited with the same counterpart in the window; null without one. */
  creditedWithCounterpart: number | null;
}

/**
 * Why an earning is held back instead of credited, or null to credit it. An earning over a cap
 * is still stored (as held) so that its cause is used up and the reason can be shown; it simply
 * never reaches the balance.
 */
export function holdReasonFor(context: EarningContext, rule: EarningRule): PointHoldReason | null {
  if (!context.verified) return "unverified";
  if (context.ownCounterpart) return "own_counterpart";
  if (context.pattern) return context.pattern;
  if (context.creditedToday >= rule.dailyCap) return "daily_cap";
  const { creditedWithCounterpart } = context;
  if (
    rule.counterpartCap !== null &&
    creditedWithCounterpart !== null &&
    creditedWithCounterpart >= rule.counterpartCap
  )
    return "counterpart_cap";
  return null;
}
