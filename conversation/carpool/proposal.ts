import { answerProposal } from "../../core/carpool/proposals/mutations.js";
import type { CommandContext } from "../command.js";
import { reply } from "../reply.js";
import { rideGroupButton } from "./group-button.js";

async function answer(ctx: CommandContext, groupId: string, accept: boolean) {
  const outcome = await answerProposal(ctx.db, { groupId, userId: ctx.profile.userId, accept }, ctx.now);
  return reply(`ride-proposal-${outcome}`);
}

/** The buttons under a proposal. */
export const rideAccept = rideGroupButton("ride_accept", (ctx, groupId) => answer(ctx, groupId, true));
export const rideDecline = rideGroupButton("ride_decline", (ctx, groupId) => answer(ctx, groupId, false));
