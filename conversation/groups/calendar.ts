import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { ensureCalendarFeed, resetCalendarFeed } from "../../core/groups/calendar/mutations.js";
import { feedAddress } from "../../core/groups/calendar/token.js";
import { type CommandContext, defineCommand } from "../command.js";
import { type Reply, reply, text } from "../reply.js";

// The feed's address opens the person's meetups to whoever has it, so it is shown only where
// nobody else reads the answer (the dispatcher sees to that), and a new one can replace it
// whenever it got out.

function feedReply(ctx: CommandContext, token: string): Reply {
  return reply(
    "calendar-feed",
    { url: feedAddress(ctx.publicUrl, token) },
    {
      buttons: [[{ label: text("button-calendar-reset"), action: actions.calendarReset() }]],
    },
  );
}

/** `/calendar` (Discord `/meetup calendar`): my private calendar address and how to subscribe to it. */
export const calendar = defineCommand({
  name: "calendar",
  descriptionKey: "cmd-calendar",
  listed: true,
  discordSubcommand: { parent: "meetup", name: "calendar" },
  fields: [],
  schema: z.object({}),
  async run(ctx) {
    return feedReply(ctx, await ensureCalendarFeed(ctx.db, ctx.pii, ctx.profile.userId));
  },
});

/** The reset button: asks once (the old address stops at once), then shows the new address. */
export const calendarReset = defineCommand({
  name: "calendar_reset",
  descriptionKey: "cmd-calendar",
  listed: false,
  fields: [],
  schema: z.object({ sure: z.stringbool().optional() }),
  async run(ctx, { sure }) {
    if (!sure) {
      const confirm = {
        label: text("button-calendar-reset-sure"),
        action: actions.calendarReset({ sure: true }),
      };
      return reply("calendar-reset-confirm", {}, { buttons: [[confirm]] });
    }
    const token = await resetCalendarFeed(ctx.db, ctx.pii, ctx.profile.userId);
    return [reply("calendar-reset-done"), feedReply(ctx, token)];
  },
});
