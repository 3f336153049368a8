import { z } from "zod";
import { rateTrade } from "../../core/market/trades/mutations.js";
import { tradeRatingTags } from "../../core/ratings/types.js";
import { defineCommand } from "../command.js";
import { reply } from "../reply.js";
import { commentField, scoreField, tagField } from "./fields.js";

/** After a sale, the seller and the buyer rate each other: a score, a tag and a comment if they like. */
export const rate = defineCommand({
  name: "rate",
  descriptionKey: "cmd-rate",
  listed: false,
  askOptional: true,
  fields: [scoreField, tagField, commentField],
  schema: z.object({
    itemId: z.uuid(),
    score: z.coerce.number().int().min(1).max(5),
    tag: z.enum(tradeRatingTags).optional(),
    comment: z.string().optional(),
  }),
  async run(ctx, { itemId, score, tag, comment }) {
    await rateTrade(ctx.db, {
      itemId,
      raterId: ctx.profile.userId,
      score,
      tags: tag ? [tag] : [],
      comment,
    });
    return reply("rate-thanks");
  },
});
