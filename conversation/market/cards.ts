import { commandAction, shortId } from "../../core/actions.js";
import { ageText, distanceText, itemButton, itemCardText, priceText } from "../../core/market/card.js";
import type { ItemView } from "../../core/market/types.js";
import type { Button, Reply, Text } from "../reply.js";
import { reply, text } from "../reply.js";

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

/** The full card: its words, the first photo, and what the viewer can do. */
export function itemCard(view: ItemView, viewerId: string, now: Date): Reply {
  const mine = view.seller.userId === viewerId;
  return {
    text: itemCardText(view, now),
    buttons: mine ? sellerButtons(view) : buyerButtons(view, viewerId),
    ...(view.photos[0] ? { image: view.photos[0] } : {}),
  };
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
