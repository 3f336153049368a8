import { z } from "zod";
import { answerProposal } from "../../../core/carpool/mutations.js";
import { defineCommand } from "../command.js";
import { shortIdArgument } from "../market/fields.js";
import { reply } from "../reply.js";

function answer(name: string, accept: boolean) {
  return defineCommand({
    name,
    descriptionKey: "cmd-rides",
    listed: false,
    fields: [],
    presets: ["g"],
    schema: z.object({ g: shortIdArgument }),
    async run(ctx, { g }) {
      const outcome = await answerProposal(
        ctx.db,
        { groupId: g, userId: ctx.profile.userId, accept },
        ctx.now,
      );
      return reply(`ride-proposal-${outcome}`);
    },
  });
}

/** The buttons under a proposal. */
export const rideAccept = answer("ride_accept", true);
export const rideDecline = answer("ride_decline", false);
