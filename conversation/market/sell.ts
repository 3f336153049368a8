import { z } from "zod";
import { createDraft, publishItem } from "../../core/market/items/mutations.js";
import { getItemView } from "../../core/market/queries.js";
import { categorySchema, conditionSchema } from "../../core/market/schema.js";
import { photoRefSchema } from "../../core/photo.js";
import { placeSchema } from "../../core/place.js";
import { defineCommand } from "../command.js";
import { reply } from "../reply.js";
import { itemCard } from "./cards.js";
import {
  categoryField,
  conditionField,
  descriptionField,
  itemPlaceField,
  photosField,
  priceField,
  titleField,
} from "./fields.js";

/** `/sell`: asks for each part, saves a draft and shows it as others will see it, to publish or discard. */
export const sell = defineCommand({
  name: "sell",
  descriptionKey: "cmd-sell",
  listed: true,
  discordSubcommand: { parent: "market", name: "sell" },
  askOptional: true,
  fields: [
    titleField,
    { ...descriptionField, optional: true },
    priceField,
    categoryField,
    conditionField,
    photosField,
    itemPlaceField,
  ],
  schema: z.object({
    title: z.string(),
    description: z.string().default(""),
    price: z.number(),
    category: categorySchema,
    condition: conditionSchema,
    photos: z.array(photoRefSchema).default([]),
    place: placeSchema,
  }),
  async run({ db, profile, now }, args) {
    const itemId = await createDraft(db, profile.userId, args, now);
    const view = await getItemView(db, itemId, profile.userId);
    return [reply("sell-preview"), itemCard(view, profile.userId, now)];
  },
});

export const itemPublish = defineCommand({
  name: "item_publish",
  descriptionKey: "cmd-sell",
  listed: false,
  fields: [],
  schema: z.object({ itemId: z.uuid() }),
  async run({ db, profile, now }, { itemId }) {
    await publishItem(db, itemId, profile.userId, now);
    const view = await getItemView(db, itemId, profile.userId);
    return [reply("sell-published", { title: view.title }), itemCard(view, profile.userId, now)];
  },
});
