export const ratingContexts = ["trade", "ride"] as const;
export type RatingContext = (typeof ratingContexts)[number];

/** Tags a person may add to a rating; the catalogs hold their labels (`rating-tag-<tag>`). */
export const ratingTags = [
  "on_time",
  "as_described",
  "friendly",
  "fair_price",
  "quick_reply",
  "quiet",
  "paid_promptly",
] as const;
export type RatingTag = (typeof ratingTags)[number];
/** The tags each kind of thing done together offers. */
export const tradeRatingTags = [
  "on_time",
  "as_described",
  "friendly",
  "fair_price",
  "quick_reply",
] as const satisfies readonly RatingTag[];
export const rideRatingTags = [
  "on_time",
  "friendly",
  "quiet",
  "paid_promptly",
] as const satisfies readonly RatingTag[];

export interface RatingSummary {
  /** Rounded to one decimal; undefined before the first rating. */
  average: number | undefined;
  count: number;
}

export interface NewRating {
  context: RatingContext;
  subjectId: string;
  raterId: string;
  rateeId: string;
  score: number;
  tags: RatingTag[];
  comment?: string | undefined;
}
