// Every weight of the trust score in one place, each with why it is what it is. The temperature
// is Karrot's 매너온도 idea: everyone starts at 36.5°, what happened moves it, it stays within
// 0–99°, and only the last year counts, the recent more than the old.

export interface TrustSettings {
  /** Where everyone starts: a person nobody knows anything about yet. */
  startDegrees: number;
  /** The bounds shown: nobody is colder than 0° or warmer than 99°. */
  minDegrees: number;
  maxDegrees: number;
  /** Only what happened this many days back counts (ratings, no-shows, late cancels, reports). */
  windowDays: number;
  /** A rating, no-show or report this many days old counts half as much as one from today. */
  halfLifeDays: number;
  /** A fresh ★5 adds this much, a fresh ★1 takes it away; ★3 is neutral, ★4 and ★2 half. */
  ratingDegrees: number;
  /** A ride or meetup the person said they would come to and did not. */
  noShowDegrees: number;
  /** Cancelling a ride or meetup shortly before it. */
  lateCancelDegrees: number;
  /** A report a moderator upheld: the heaviest, as it was checked by a person. */
  upheldReportDegrees: number;
  /** Once, for each way the person proved who they are. */
  verifiedDegrees: { email: number; phone: number; video: number };
  /** For each full month since the account was made, up to `accountAgeMaxMonths`. */
  accountAgeDegreesPerMonth: number;
  accountAgeMaxMonths: number;
}

export const defaultTrustSettings: TrustSettings = {
  startDegrees: 36.5,
  minDegrees: 0,
  maxDegrees: 99,
  windowDays: 365,
  halfLifeDays: 90,
  ratingDegrees: 0.5,
  noShowDegrees: 1,
  lateCancelDegrees: 0.3,
  upheldReportDegrees: 2,
  verifiedDegrees: { email: 0.2, phone: 0.3, video: 0.5 },
  accountAgeDegreesPerMonth: 0.1,
  accountAgeMaxMonths: 12,
};
