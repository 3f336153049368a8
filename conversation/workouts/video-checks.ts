import { z } from "zod";
import { AppError, isAppError } from "../../core/errors.js";
import { localSpan } from "../../core/time/format.js";
import type { RoomPass } from "../../core/workouts/types.js";
import { decisionButtons, videoCheckCancelButton } from "../../core/workouts/video-checks/messages.js";
import {
  cancelVideoCheck,
  decideVideoCheck,
  joinVideoCheck,
  requestVideoCheck,
  takeVideoCheck,
} from "../../core/workouts/video-checks/mutations.js";
import { VIDEO_CHECK_MINUTES, VIDEO_CHECK_WAIT_HOURS } from "../../core/workouts/video-checks/rules.js";
import { type CommandContext, defineCommand } from "../command.js";
import { idButtonCommand } from "../id-button.js";
import { type Reply, reply, text } from "../reply.js";

// /videocheck (화상인증): asking for one (or cancelling it), and the buttons of the operator's and
// the person's notices. A link is only ever the answer to its own person's press, never in a notice.

async function linkReply(ctx: CommandContext, pass: RoomPass, checkId: string): Promise<Reply> {
  if (!ctx.roomLinks) throw new AppError("rooms-not-configured");
  const url = await ctx.roomLinks(pass);
  return reply(
    "video-check-link",
    {
      span: localSpan(pass.notBefore, pass.expiresAt, ctx.profile.timeZone).time,
      moderator: pass.moderator ? "yes" : "no",
    },
    {
      link: { label: text("button-room-enter"), url },
      ...(pass.moderator ? { buttons: [decisionButtons(checkId)] } : {}),
    },
  );
}

export const videoCheck = defineCommand({
  name: "videocheck",
  descriptionKey: "cmd-videocheck",
  listed: true,
  fields: [],
  schema: z.object({}),
  run: requestReply,
});

/** The request made, or the one already open, each with the person's way to cancel it. */
async function requestReply(ctx: CommandContext): Promise<Reply> {
  try {
    const checkId = await requestVideoCheck(ctx.db, ctx.profile.userId, ctx.videoCheckOperators, ctx.now);
    const buttons = [[videoCheckCancelButton(checkId)]];
    const times = { minutes: VIDEO_CHECK_MINUTES, hours: VIDEO_CHECK_WAIT_HOURS };
    return reply("video-check-requested", times, { buttons });
  } catch (error) {
    if (!isAppError(error) || error.code !== "video-check-open") throw error;
    const { checkId, taken } = error.params;
    const buttons = [[videoCheckCancelButton(String(checkId))]];
    return reply("error-video-check-open", { taken: String(taken) }, { buttons });
  }
}

const onCheck = (name: string, run: (ctx: CommandContext, checkId: string) => Promise<Reply>) =>
  idButtonCommand(name, "cmd-videocheck", "checkId", run);

const videoCheckTake = onCheck("videocheck_take", async (ctx, checkId) =>
  linkReply(
    ctx,
    await takeVideoCheck(ctx.db, ctx.profile.userId, checkId, ctx.videoCheckOperators, ctx.now),
    checkId,
  ),
);

const videoCheckJoin = onCheck("videocheck_join", async (ctx, checkId) =>
  linkReply(ctx, await joinVideoCheck(ctx.db, ctx.profile.userId, checkId, ctx.now), checkId),
);

const videoCheckCancel = onCheck("videocheck_cancel", async (ctx, checkId) => {
  await cancelVideoCheck(ctx.db, ctx.profile.userId, checkId, ctx.now);
  return reply("video-check-cancelled-reply");
});

const decide = (confirmed: boolean) => async (ctx: CommandContext, checkId: string) => {
  const operators = ctx.videoCheckOperators;
  const name = await decideVideoCheck(ctx.db, ctx.profile.userId, checkId, { confirmed, operators }, ctx.now);
  return reply(confirmed ? "video-check-confirmed-reply" : "video-check-declined-reply", { name });
};

export const videoCheckCommands = [
  videoCheck,
  videoCheckTake,
  videoCheckJoin,
  videoCheckCancel,
  onCheck("videocheck_confirm", decide(true)),
  onCheck("videocheck_decline", decide(false)),
];
