import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { categorySchema } from "../../core/market/schema.js";
import { photoRefSchema } from "../../core/photo.js";
import { postTip, voteTipHelpful } from "../../core/tips/mutations.js";
import { listBestTips } from "../../core/tips/queries.js";
import { defineCommand } from "../command.js";
import type { TextField } from "../fields.js";
import { reply, text } from "../reply.js";
import { categoryField, photosField, scoreField } from "./fields.js";

const productField: TextField = {
  kind: "text",
  name: "product",
  labelKey: "field-product",
  promptKey: "ask-product",
  maxLength: 80,
  schema: z.string().trim().min(1).max(80),
};

const reviewField: TextField = {
  kind: "text",
  name: "review",
  labelKey: "field-review",
  promptKey: "ask-review",
  maxLength: 1000,
  multiline: true,
  schema: z.string().trim().min(1).max(1000),
};

/** `/tips`: the most helpful 자취 product reviews of a category, each with a "helpful" button. */
export const tips = defineCommand({
  name: "tips",
  descriptionKey: "cmd-tips",
  listed: true,
  discordSubcommand: { parent: "tips", name: "browse" },
  fields: [categoryField],
  schema: z.object({ category: categorySchema }),
  async run({ db, profile }, { category }) {
    const best = await listBestTips(db, category, profile.playground);
    const write = [{ label: text("button-write-tip"), action: actions.tip() }];
    if (best.length === 0)
      return reply("tips-empty", { category: text(`category-${category}`) }, { buttons: [write] });
    return best.map((tip, index) =>
      reply(
        "tip-card",
        {
          product: tip.product,
          rating: tip.rating,
          body: tip.body,
          author: tip.author,
          helpful: tip.helpful,
        },
        {
          buttons: [
            [{ label: text("button-helpful"), action: actions.tipHelpful({ tipId: tip.id }) }],
            ...(index === best.length - 1 ? [write] : []),
          ],
          ...(tip.photo ? { image: tip.photo } : {}),
        },
      ),
    );
  },
});

export const tip = defineCommand({
  name: "tip",
  descriptionKey: "cmd-tip",
  listed: true,
  discordSubcommand: { parent: "tips", name: "write" },
  askOptional: true,
  fields: [
    productField,
    categoryField,
    { ...scoreField, name: "rating", labelKey: "field-rating", promptKey: "ask-rating" },
    reviewField,
    { ...photosField, max: 1, promptKey: "ask-tip-photo" },
  ],
  schema: z.object({
    product: z.string(),
    category: categorySchema,
    rating: z.coerce.number(),
    review: z.string(),
    photos: z.array(photoRefSchema).default([]),
  }),
  async run({ db, profile }, args) {
    await postTip(db, profile.userId, { ...args, body: args.review, photo: args.photos[0] });
    return reply("tip-posted");
  },
});

export const tipHelpful = defineCommand({
  name: "tip_helpful",
  descriptionKey: "cmd-tips",
  listed: false,
  fields: [],
  schema: z.object({ tipId: z.uuid() }),
  async run({ db, profile }, { tipId }) {
    const helpful = await voteTipHelpful(db, tipId, profile.userId);
    return reply("tip-voted", { helpful });
  },
});
