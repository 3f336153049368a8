import type { ItemStatus } from "./types.js";

export const MAX_TITLE_LENGTH = 80;
export const MAX_DESCRIPTION_LENGTH = 2000;
export const MAX_PRICE_KRW = 100_000_000;
export const MAX_PHOTOS = 5;

const DAY_MS = 24 * 60 * 60 * 1000;
export const LISTING_LIFETIME_MS = 30 * DAY_MS;
export const EXPIRY_REMINDER_BEFORE_MS = 3 * DAY_MS;
export const BUMP_INTERVAL_MS = 3 * DAY_MS;

/** Items (drafts included) one person may start per day: enough for a move-out sale, not for spam. */
export const MAX_ITEMS_PER_DAY = 15;
export const POSTING_WINDOW_MS = DAY_MS;

/** Reports by different people that hide an item until someone reviews it. */
export const REPORTS_TO_HIDE = 3;

export const MAX_ALERTS_PER_PERSON = 10;

export const DEFAULT_RADIUS_M = 3000;
export const MAX_RADIUS_M = 10_000;
export const PAGE_SIZE = 5;
export const MAX_PAGE = 20;

/** How coarse the area shown on an item card is. */
export const ITEM_AREA_PRECISION_M = 300;

/** What each action may start from; anything else is refused with the item's current state. */
const allowedFrom = {
  publish: ["draft"],
  edit: ["draft", "available", "reserved"],
  reserve: ["available", "reserved"],
  unreserve: ["reserved"],
  sell: ["available", "reserved"],
  withdraw: ["draft", "available", "reserved", "expired"],
  bump: ["available", "reserved"],
  renew: ["available", "reserved", "expired"],
  contact: ["available", "reserved"],
} as const satisfies Record<string, readonly ItemStatus[]>;

export type ItemAction = keyof typeof allowedFrom;

export function canDo(action: ItemAction, status: ItemStatus): boolean {
  return (allowedFrom[action] as readonly ItemStatus[]).includes(status);
}

/** Listed items appear in searches, alerts and boards. */
export function isListed(status: ItemStatus, hiddenAt: Date | null): boolean {
  return (status === "available" || status === "reserved") && hiddenAt === null;
}

/** Columns that change with the status, so `listed` can never disagree with it. */
export function statusColumns(status: ItemStatus, hiddenAt: Date | null, now: Date) {
  return { status, listed: isListed(status, hiddenAt), boardSyncDueAt: now, version: { increment: 1 } };
}

/** When the seller may bump again: three days after the last bump (publishing counts as one). */
export function nextBumpAt(bumpedAt: Date): Date {
  return new Date(bumpedAt.getTime() + BUMP_INTERVAL_MS);
}

/** Distances are shown in steps of 500 m, never under 500 m, so trying several viewpoints cannot pin a spot. */
export function roundDistance(metres: number): number {
  return Math.max(500, Math.round(metres / 500) * 500);
}
