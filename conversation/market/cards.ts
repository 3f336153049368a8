import { actions } from "../../core/actions/table.js";
import { ageText, distanceText, itemButton, itemCardText, priceText } from "../../core/market/card.js";
import type { ItemView } from "../../core/market/types.js";
import type { Button, Reply, Text } from "../reply.js";
import { reply, text } from "../reply.js";

function sellerButtons(view: ItemView): Button[][] {
  const id = view.id;
  switch (view.status) {
    case "draft":
      return [
        [
          itemButton("button-publish", actions.itemPublish, id),
          itemButton("button-discard", actions.itemWithdraw, id),
        ],
      ];
    case "available":
    case "reserved":
      return [
        [
          view.status === "available"
            ? itemButton("button-reserve", actions.itemReserveFor, id)
            : itemButton("button-unreserve", actions.itemUnreserve, id),
          itemButton("button-sold", actions.itemSoldTo, id),
          itemButton("button-bump", actions.itemBump, id),
        ],
        [
          itemButton("button-price", actions.itemPrice, id),
          itemButton("button-edit", actions.itemEdit, id),
          itemButton("button-withdraw", actions.itemWithdraw, id),
        ],
      ];
    case "expired":
    case "withdrawn":
      return [[itemButton("button-renew", actions.itemRenew, id)]];
    case "sold":
      return [[itemButton("button-rate", actions.rate, id)]];
  }
}

function buyerButtons(view: ItemView, viewerId: string, buyerId?: string): Button[][] {
  if (view.status === "sold")
    return buyerId === viewerId ? [[itemButton("button-rate", actions.rate, view.id)]] : [];
  return [
    [
      itemButton("button-contact", actions.contact, view.id),
      itemButton("button-save", actions.itemSave, view.id),
      itemButton("button-report", actions.itemReport, view.id),
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
    action: actions.item({ itemId: view.id }),
  }));
  return reply(headingKey, { lines }, { buttons: [open, ...extraRows] });
}
