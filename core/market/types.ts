import type { PhotoRef } from "../photo.js";
import type { Place } from "../place.js";
import type { RatingSummary } from "../ratings/types.js";
import type { Reputation } from "../trust/types.js";

export const itemCategories = [
  "furniture",
  "appliances",
  "kitchen",
  "clothes",
  "books",
  "digital",
  "household",
  "hobby",
  "other",
] as const;
export type ItemCategory = (typeof itemCategories)[number];

export const itemConditions = ["new", "like_new", "good", "fair"] as const;
export type ItemCondition = (typeof itemConditions)[number];

export const itemStatuses = ["draft", "available", "reserved", "sold", "withdrawn", "expired"] as const;
export type ItemStatus = (typeof itemStatuses)[number];

export const reportReasons = ["prohibited", "scam", "offensive", "duplicate", "other"] as const;
export type ReportReason = (typeof reportReasons)[number];

/** An item as anyone may see it: the seller's exact spot is replaced by an approximate area. */
export interface ItemView {
  id: string;
  title: string;
  description: string;
  price: number;
  category: ItemCategory;
  condition: ItemCondition;
  status: ItemStatus;
  photos: PhotoRef[];
  area: Place;
  /** From the viewer's point, rounded (see roundDistance); undefined without a point. */
  distanceM: number | undefined;
  publishedAt: Date | undefined;
  bumpedAt: Date;
  expiresAt: Date | undefined;
  seller: {
    userId: string;
    displayName: string;
    verified: boolean;
    rating: RatingSummary;
    /** Level and trust temperature, shown beside the name. */
    reputation: Reputation | undefined;
  };
  saves: number;
}

export interface SearchCriteria {
  /** The searcher is a playground persona: personas and real people never see each other's items. */
  playground: boolean;
  lat: number;
  lng: number;
  radiusM: number;
  keyword?: string | undefined;
  category?: ItemCategory | undefined;
  minPrice?: number | undefined;
  maxPrice?: number | undefined;
}

export interface SearchPage {
  items: ItemView[];
  page: number;
  hasMore: boolean;
}
