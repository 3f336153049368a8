import { commandAction, shortId } from "../../core/actions.js";
import type { ItemView } from "../../core/market/types.js";
import { nameWithBadge } from "../identity/badge.js";
import type { Button, Reply, Text } from "../reply.js";
import { reply, text } from "../reply.js";

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

function distanceText(metres: number | undefined): Text {
  if (metres === undefined) return text("distance-unknown");
  return metres < 1000 ? text("distance-m", { m: metres }) : text("distance-km", { km: metres / 1000 });
}

function ratingText(view: ItemView): Text {
  const { average, count } = view.seller.rating;
  return average === undefined ? text("rating-none") : text("rating-summary", { average, count });
}

export function itemButton(labelKey: string, command: string, itemId: string): Button {
  return { label: text(labelKey), action: commandAction(command, { i: shortId(itemId) }) };
}

function sellerButtons(view: ItemView): Button[][] {
  const id = view.id;
  switch (view.status) {
    case "draft":
      return [
        [itemButton("button-publish", "item_publish", id), itemButton("button-discard", "item_withdraw", id)],
      ];
    case "available":
    case "reserved":
      return [
        [
          view.status === "available"
            ? itemButton("button-reserve", "item_reserve_for", id)
            : itemButton("button-unreserve", "item_unreserve", id),
          itemButton("button-sold", "item_sold_to", id),
          itemButton("button-bump", "item_bump", id),
        ],
        [
          itemButton("button-price", "item_price", id),
          itemButton("button-edit", "item_edit", id),
          itemButton("button-withdraw", "item_withdraw", id),
        ],
      ];
    case "expired":
    case "withdrawn":
      return [[itemButton("button-renew", "item_renew", id)]];
    case "sold":
      return [[itemButton("button-rate", "rate", id)]];
  }
}

function buyerButtons(view: ItemView, viewerId: string, buyerId?: string): Button[][] {
  if (view.status === "sold")
    return buyerId === viewerId ? [[itemButton("button-rate", "rate", view.id)]] : [];
  return [
    [
      itemButton("button-contact", "contact", view.id),
      itemButton("button-save", "item_save", view.id),
      itemButton("button-report", "item_report", view.id),
    ],
  ];
}

/** The card's words: price, status, area and distance (never the spot), age, the seller's badge and rating. */
function itemCardText(view: ItemView, now: Date): Text {
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

/** The full card: its words, the first photo, and what the viewer can do. */
export function itemCard(view: ItemView, viewerId: string, now: Date): Reply {
  const mine = view.seller.userId === viewerId;
  return {
    text: itemCardText(view, now),
    buttons: mine ? sellerButtons(view) : buyerButtons(view, viewerId),
    ...(view.photos[0] ? { image: view.photos[0] } : {}),
  };
}

/**
 * The card on a neighbourhood board, which everyone in the chat reads: the same words, and one
 * button that opens the item for whoever presses it, where they can contact, save or report it.
 */
export function boardCard(view: ItemView, now: Date): Reply {
  return { text: itemCardText(view, now), buttons: [[itemButton("button-view-item", "item", view.id)]] };
}

/** One line of a result list: status, title, price, distance, age. */
export function itemLine(view: ItemView, index: number, now: Date): Text {
  return text("item-line", {
    n: index,
    title: view.title,
    price: priceText(view.price),
    status: text(`status-${view.status}`),
    distance: distanceText(view.distanceM),
    age: ageText(view.bumpedAt, now),
  });
}

/** A numbered list with one button per item to open its card, plus any extra rows. */
export function itemList(
  headingKey: string,
  views: ItemView[],
  now: Date,
  extraRows: Button[][] = [],
): Reply {
  if (views.length === 0) return reply(`${headingKey}-empty`, {}, { buttons: extraRows });
  const lines = views.map((view, index) => itemLine(view, index + 1, now));
  const open = views.map((view, index) => ({
    label: text("button-item-number", { n: index + 1 }),
    action: commandAction("item", { i: shortId(view.id) }),
  }));
  return reply(headingKey, { lines }, { buttons: [open, ...extraRows] });
}
