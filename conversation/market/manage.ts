import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import type { Database } from "../../core/db/client.js";
import { isAppError } from "../../core/errors.js";
import { itemButton } from "../../core/market/card.js";
import {
  bumpItem,
  bumpItemWithPoints,
  changePrice,
  editItem,
  renewItem,
  withdrawItem,
} from "../../core/market/items/mutations.js";
import { getItemView, listItemContacts } from "../../core/market/queries.js";
import { reportItem } from "../../core/market/reports/mutations.js";
import { saveItem, unsaveItem } from "../../core/market/saves/mutations.js";
import { reportReasonSchema } from "../../core/market/schema.js";
import { markSold, reserveItem, unreserveItem } from "../../core/market/trades/mutations.js";
import { spendableBalance } from "../../core/points/queries.js";
import { pointSettings } from "../../core/points/settings.js";
import { getConversationFor } from "../../core/relay/queries.js";
import { type CommandContext, defineCommand } from "../command.js";
import { type Button, type Reply, reply, type Text, text } from "../reply.js";
import { itemCard } from "./cards.js";
import { descriptionField, priceField, reportReasonField, titleField } from "./fields.js";

const itemArgs = z.object({ itemId: z.uuid() });

async function cardAfter(ctx: CommandContext, itemId: string, doneKey: string, params: Text["params"] = {}) {
  const view = await getItemView(ctx.db, itemId, ctx.profile.userId, ctx.profile.homeArea);
  return [reply(doneKey, { ...params, title: view.title }), itemCard(view, ctx.profile.userId, ctx.now)];
}

/** A button on an item that does one thing without asking anything. */
function oneTapOnItem(
  name: string,
  descriptionKey: string,
  run: (ctx: CommandContext, itemId: string) => Promise<Reply | Reply[]>,
) {
  return defineCommand({
    name,
    descriptionKey,
    listed: false,
    fields: [],
    schema: itemArgs,
    run: (ctx, { itemId }) => run(ctx, itemId),
  });
}

/** A seller's one-tap action on an item (`item_bump`, …): do it, then show the card again. */
function sellerAction(
  name: string,
  doneKey: string,
  act: (db: Database, itemId: string, sellerId: string, now: Date) => Promise<unknown>,
) {
  return oneTapOnItem(name, "cmd-mine", async (ctx, itemId) => {
    await act(ctx.db, itemId, ctx.profile.userId, ctx.now);
    return cardAfter(ctx, itemId, doneKey);
  });
}

/**
 * The people who wrote about the item, each a button that runs `pick` on them. A sale may also
 * have gone to someone who never wrote here; a reservation needs one of them.
 */
function contactPicker(pick: typeof actions.reserveFor, promptKey: string, orNobodyHere: boolean) {
  return oneTapOnItem(`item_${pick.command}`, "cmd-mine", async (ctx, itemId) => {
    const contacts = await listItemContacts(ctx.db, itemId, ctx.profile.userId);
    if (contacts.length === 0 && !orNobodyHere) return reply("no-contacts-yet");
    const buttons: Button[][] = contacts.map((contact) => [
      {
        label: text("button-person", { name: contact.displayName }),
        action: pick({ conversationId: contact.conversationId }),
      },
    ]);
    if (orNobodyHere) buttons.push([itemButton("button-sold-elsewhere", actions.soldElsewhere, itemId)]);
    return reply(promptKey, {}, { buttons });
  });
}

/** The seller picked a person from the picker: the conversation names both the item and them. */
function pickedContact(name: string, doneKey: string, act: typeof reserveItem) {
  return defineCommand({
    name,
    descriptionKey: "cmd-mine",
    listed: false,
    fields: [],
    schema: z.object({ conversationId: z.uuid() }),
    async run(ctx, { conversationId }) {
      const conversation = await getConversationFor(ctx.db, conversationId, ctx.profile.userId);
      await act(ctx.db, conversation.subjectId, ctx.profile.userId, conversation.openerId, ctx.now);
      return cardAfter(ctx, conversation.subjectId, doneKey);
    },
  });
}

export const itemPrice = defineCommand({
  name: "item_price",
  descriptionKey: "cmd-mine",
  listed: false,
  fields: [priceField],
  schema: z.object({ itemId: z.uuid(), price: z.number() }),
  async run(ctx, { itemId, price }) {
    await changePrice(ctx.db, itemId, ctx.profile.userId, price, ctx.now);
    return cardAfter(ctx, itemId, "item-price-changed");
  },
});

export const itemEdit = defineCommand({
  name: "item_edit",
  descriptionKey: "cmd-mine",
  listed: false,
  askOptional: true,
  fields: [
    { ...titleField, optional: true },
    { ...descriptionField, optional: true },
  ],
  schema: z.object({ itemId: z.uuid(), title: z.string().optional(), description: z.string().optional() }),
  async run(ctx, { itemId, title, description }) {
    await editItem(ctx.db, itemId, ctx.profile.userId, { title, description }, ctx.now);
    return cardAfter(ctx, itemId, "item-edited");
  },
});

export const itemSave = oneTapOnItem("item_save", "cmd-saved", async (ctx, itemId) => {
  await saveItem(ctx.db, itemId, ctx.profile.userId);
  return reply("item-saved", {}, { buttons: [[itemButton("button-unsave", actions.itemUnsave, itemId)]] });
});

export const itemUnsave = oneTapOnItem("item_unsave", "cmd-saved", async (ctx, itemId) => {
  await unsaveItem(ctx.db, itemId, ctx.profile.userId);
  return reply("item-unsaved");
});

export const itemReport = defineCommand({
  name: "item_report",
  descriptionKey: "cmd-market",
  listed: false,
  fields: [reportReasonField],
  schema: z.object({ itemId: z.uuid(), reason: reportReasonSchema }),
  async run(ctx, { itemId, reason }) {
    await reportItem(ctx.db, itemId, ctx.profile.userId, reason, ctx.now);
    return reply("item-reported");
  },
});

/**
 * The free bump, once every three days; before it is due, an offer to bump now for points (the
 * button only when the balance covers it, else what the points would take and how they are earned).
 */
export const itemBump = oneTapOnItem("item_bump", "cmd-mine", async (ctx, itemId) => {
  try {
    await bumpItem(ctx.db, itemId, ctx.profile.userId, ctx.now);
  } catch (error) {
    if (!isAppError(error) || error.code !== "bump-too-soon") throw error;
    return paidBumpOffer(ctx, itemId, Number(error.params.hours));
  }
  return cardAfter(ctx, itemId, "item-bumped");
});

async function paidBumpOffer(ctx: CommandContext, itemId: string, hours: number): Promise<Reply> {
  const { price } = pointSettings.spending.listing_bump;
  const balance = await spendableBalance(ctx.db, ctx.profile.userId);
  if (balance < price) return reply("bump-paid-short", { hours, price, balance });
  const pay = { label: text("button-bump-paid", { price }), action: actions.itemBumpPaid({ itemId }) };
  return reply("bump-paid-offer", { hours, price, balance }, { buttons: [[pay]] });
}

export const itemBumpPaid = oneTapOnItem("item_bump_paid", "cmd-mine", async (ctx, itemId) => {
  await bumpItemWithPoints(ctx.db, itemId, ctx.profile.userId, ctx.now);
  const balance = await spendableBalance(ctx.db, ctx.profile.userId);
  return cardAfter(ctx, itemId, "item-bumped-paid", {
    price: pointSettings.spending.listing_bump.price,
    balance,
  });
});

export const manageCommands = [
  itemBump,
  itemBumpPaid,
  sellerAction("item_withdraw", "item-withdrawn", withdrawItem),
  sellerAction("item_renew", "item-renewed", renewItem),
  sellerAction("item_unreserve", "item-unreserved", unreserveItem),
  sellerAction("sold_elsewhere", "item-sold", (db, itemId, sellerId, now) =>
    markSold(db, itemId, sellerId, undefined, now),
  ),
  contactPicker(actions.reserveFor, "pick-reserve", false),
  contactPicker(actions.soldTo, "pick-buyer", true),
  pickedContact("reserve_for", "item-reserved", reserveItem),
  pickedContact("sold_to", "item-sold", markSold),
  itemPrice,
  itemEdit,
  itemSave,
  itemUnsave,
  itemReport,
];
