import type { GoalPeriod, PointKind } from "../db/generated/enums.js";

// Every amount, cap and threshold of the points ledger, each with its default and why. Points
// reward what really happened between people (a trade both sides completed, a ride taken), never
// what one can do alone; the caps are what keeps two friends from farming them.

/** An outcome that earns points. */
export interface EarningRule {
  /** Points credited for it. */
  amount: number;
  /** At most this many entries of the kind are credited per day of the person's own calendar. */
  dailyCap: number;
  /**
   * At most this many entries of the kind with the same other person are credited in any
   * `counterpartWindowDays`; null for kinds that have no other person (a streak).
   */
  counterpartCap: number | null;
}

/** Something bought with points: being seen more. */
export interface SpendingRule {
  /** Points it costs. */
  price: number;
}

export type EarningKind = Exclude<PointKind, SpendingKind | "reversal">;
export type SpendingKind = "listing_bump" | "meetup_pin";

export interface PointSettings {
  earning: Record<EarningKind, EarningRule>;
  spending: Record<SpendingKind, SpendingRule>;
  /**
   * The per-counterpart cap's window, in days: rolling rather than a calendar month, so a pair
   * cannot earn on the 31st and again on the 1st.
   */
  counterpartWindowDays: number;
  /** How far back the points scan looks for outcomes not credited yet (a worker away that long still pays). */
  outcomeLookbackDays: number;
  /** A meetup earns its host points when at least this many others checked in. */
  meetupHostedMinAttendees: number;
  /** A workout earns points only when at least this many people attended the room together. */
  workoutMinAttendees: number;
  /** The periods of a workout streak that make a month, by the group goal's period. */
  streakMonthPeriods: Record<GoalPeriod, number>;
  /** A paid bump needs this long since the last bump: a listing still at the top gains nothing. */
  paidBumpGapMinutes: number;
  /** How long a pinned meetup is shown first to the neighbourhood (never past its end). */
  meetupPinHours: number;
}

/** Adding a kind: one value in the PointKind enum (prisma/schema.prisma) and one line here. */
export const pointSettings: PointSettings = {
  earning: {
    // Default 10, 5 a day, once a month per buyer: the chair sold back and forth earns once.
    trade_completed: { amount: 10, dailyCap: 5, counterpartCap: 1 },
    // Default 8, 4 a day, 8 a month per co-rider: a commute shared twice a week still counts.
    ride_happened: { amount: 8, dailyCap: 4, counterpartCap: 8 },
    // Default 5, 3 a day, 4 a month per host: a weekly meetup of one group counts every week.
    meetup_attended: { amount: 5, dailyCap: 3, counterpartCap: 4 },
    // Default 3, 3 a day, no other person: the room's own presence rule decides attendance.
    workout_attended: { amount: 3, dailyCap: 3, counterpartCap: null },
    // Default 10, 2 a day, no other person: "people attended" is the cause's own condition.
    meetup_hosted: { amount: 10, dailyCap: 2, counterpartCap: null },
    // Default 2, 10 a day, once a month per voter: helpful to many, not to one friend often.
    tip_helpful: { amount: 2, dailyCap: 10, counterpartCap: 1 },
    // Default 20, 3 a day (one per group whose streak reached a month), no other person.
    streak_month: { amount: 20, dailyCap: 3, counterpartCap: null },
  },
  spending: {
    // Default 30: about three completed trades for one bump beyond the free one.
    listing_bump: { price: 30 },
    // Default 50: a day at the top of the neighbourhood's recommendations.
    meetup_pin: { price: 50 },
  },
  counterpartWindowDays: 30,
  // Default 14 days: a worker outage of two weeks still pays every outcome once it is back.
  outcomeLookbackDays: 14,
  // Default 2: a meetup only its host and one friend came to is what two accounts could stage.
  meetupHostedMinAttendees: 2,
  // Default 2: a room one sat in alone is something one can do alone.
  workoutMinAttendees: 2,
  // Default 28 days or 4 weeks: a month of a daily or a weekly goal, the same length either way.
  streakMonthPeriods: { day: 28, week: 4 },
  // Default 60 minutes: a second tap right after a paid bump would pay for nothing.
  paidBumpGapMinutes: 60,
  // Default 24 hours: "pinned for a day", as the price says.
  meetupPinHours: 24,
};

export function isEarningKind(kind: PointKind): kind is EarningKind {
  return kind in pointSettings.earning;
}
