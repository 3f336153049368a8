import { z } from "zod";
import type { ActionOn } from "../../core/actions/builder.js";
import { actions } from "../../core/actions/table.js";
import { confirmRideTaken, rateCoRider, reportNoShow } from "../../core/carpool/after-ride/mutations.js";
import { listCoRiders } from "../../core/carpool/queries.js";
import { rideRatingTags } from "../../core/ratings/types.js";
import { type CommandContext, defineCommand } from "../command.js";
import { commentField } from "../market/fields.js";
import { reply, text } from "../reply.js";
import { rideScoreField, rideTagField } from "./fields.js";
import { rideGroupButton } from "./group-button.js";

/** One button per co-rider, running `action` about them. */
async function coRiderButtons(
  ctx: CommandContext,
  rideGroupId: string,
  action: ActionOn<"rideGroupId" | "coRiderId">,
  labelKey: string,
) {
  const others = await listCoRiders(ctx.db, rideGroupId, ctx.profile.userId);
  return others.map((other) => [
    {
      label: text(labelKey, { name: other.displayName }),
      action: action({ rideGroupId, coRiderId: other.userId }),
    },
  ]);
}

/** "It happened": then each co-rider can be rated. */
export const rideDone = rideGroupButton("ride_done", async (ctx, groupId) => {
  await confirmRideTaken(ctx.db, groupId, ctx.profile.userId, ctx.now);
  const buttons = await coRiderButtons(ctx, groupId, actions.rideRate, "button-rate-name");
  return reply("ride-done-thanks", {}, { buttons });
});

export const rideRate = defineCommand({
  name: "ride_rate",
  descriptionKey: "cmd-rides",
  listed: false,
  askOptional: true,
  fields: [rideScoreField, rideTagField, commentField],
  schema: z.object({
    rideGroupId: z.uuid(),
    coRiderId: z.uuid(),
    score: z.coerce.number().int(),
    tag: z.enum(rideRatingTags).optional(),
    comment: z.string().optional(),
  }),
  async run(ctx, { rideGroupId, coRiderId, score, tag, comment }) {
    await rateCoRider(ctx.db, {
      groupId: rideGroupId,
      raterId: ctx.profile.userId,
      rateeId: coRiderId,
      score,
      tags: tag ? [tag] : [],
      ...(comment ? { comment } : {}),
    });
    return reply("rate-thanks");
  },
});

/** "Someone did not come": pick who, then it is recorded. */
export const rideNoShow = defineCommand({
  name: "ride_noshow",
  descriptionKey: "cmd-rides",
  listed: false,
  fields: [],
  schema: z.object({ rideGroupId: z.uuid(), coRiderId: z.uuid().optional() }),
  async run(ctx, { rideGroupId, coRiderId }) {
    if (!coRiderId) {
      return reply(
        "ride-noshow-pick",
        {},
        { buttons: await coRiderButtons(ctx, rideGroupId, actions.rideNoShow, "button-noshow-name") },
      );
    }
    await reportNoShow(ctx.db, {
      groupId: rideGroupId,
      reporterId: ctx.profile.userId,
      reportedId: coRiderId,
    });
    return reply("ride-noshow-recorded");
  },
});
