export const ratingContexts = ["trade", "ride"] as const;
export type RatingContext = (typeof ratingContexts)[number];

/** The tags a trade offers; the catalogs hold their labels (`rating-tag-<tag>`). */
export const tradeRatingTags = ["on_time", "as_described", "friendly", "fair_price", "quick_reply"] as const;
/** Every tag a rating may carry: a trade's, and those only a shared ride offers. */
export const ratingTags = [...tradeRatingTags, "quiet", "paid_promptly"] as const;
export type RatingTag = (typeof ratingTags)[number];
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
