import type { ActionOn } from "../actions/builder.js";
import { nameWithBadge } from "../identity/badge.js";
import { type Button, type Text, text } from "../message.js";
import type { ItemView } from "./types.js";

// An item card's words, shown by the commands and, on a neighbourhood board, by the board worker.

const MINUTE_MS = 60_000;

export function priceText(price: number): Text {
  return text("price", { amount: price });
}

/** "5분 전", "3시간 전", "2일 전": how long ago, as people read it on a card. */
export function ageText(since: Date, now: Date): Text {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / MINUTE_MS));
  if (minutes < 60) return text("age-minutes", { n: minutes });
  if (minutes < 24 * 60) return text("age-hours", { n: Math.floor(minutes / 60) });
  return text("age-days", { n: Math.floor(minutes / (24 * 60)) });
}

export function distanceText(metres: number | undefined): Text {
  if (metres === undefined) return text("distance-unknown");
  return metres < 1000 ? text("distance-m", { m: metres }) : text("distance-km", { km: metres / 1000 });
}

function ratingText(view: ItemView): Text {
  const { average, count } = view.seller.rating;
  return average === undefined ? text("rating-none") : text("rating-summary", { average, count });
}

export function itemButton(labelKey: string, action: ActionOn<"itemId">, itemId: string): Button {
  return { label: text(labelKey), action: action({ itemId }) };
}

/** The card's words: price, status, area and distance (never the spot), age, the seller's badge and rating. */
export function itemCardText(view: ItemView, now: Date): Text {
  return text("item-card", {
    title: view.title,
    price: priceText(view.price),
    status: text(`status-${view.status}`),
    category: text(`category-${view.category}`),
    condition: text(`condition-${view.condition}`),
    description: view.description || "-",
    area: view.area.label ?? text("area-unnamed"),
    distance: distanceText(view.distanceM),
    age: ageText(view.publishedAt ?? view.bumpedAt, now),
    seller: nameWithBadge(view.seller),
    rating: ratingText(view),
    photos: view.photos.length,
  });
}
