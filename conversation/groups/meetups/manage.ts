import { z } from "zod";
import {
  cancelMeetup,
  editMeetup,
  meetupPinOffer,
  pinMeetup,
} from "../../../core/groups/meetups/mutations.js";
import { getMeetupCard } from "../../../core/groups/meetups/queries.js";
import { readMeetupTime } from "../../../core/groups/meetups/rules.js";
import { stopSeries } from "../../../core/groups/series/mutations.js";
import { placeSchema } from "../../../core/place.js";
import { hoursUntil } from "../../../core/time/format.js";
import { askAgainWhen, type CommandContext, defineCommand } from "../../command.js";
import { reply } from "../../reply.js";
import { confirmArgument, confirmFirst } from "../confirm.js";
import { groupConfirmField } from "../fields.js";
import { meetupTimeErrors } from "./create.js";
import { editFields } from "./fields.js";
import { cardOf } from "./view.js";

/** Host or moderator: each part asked with a skip button, a time that cannot be read asked again. */
export const meetupEdit = defineCommand({
  name: "meetup_edit",
  descriptionKey: "cmd-meetups",
  listed: false,
  askOptional: true,
  fields: editFields,
  schema: z.object({
    meetupId: z.uuid(),
    title: z.string().optional(),
    when: z.string().optional(),
    place: placeSchema.optional(),
    capacity: z.number().optional(),
    cost: z.string().optional(),
  }),
  async run(ctx, { meetupId, when, cost, ...changes }) {
    return askAgainWhen([...meetupTimeErrors, "meetup-started"], "when", async () => {
      const times = when ? readMeetupTime(when, ctx.now, ctx.profile.timeZone) : undefined;
      const edit = { ...changes, times, costNote: cost };
      await editMeetup(ctx.db, ctx.profile.userId, meetupId, edit, ctx.now);
      return [reply("meetup-edited"), await cardOf(ctx, meetupId)];
    });
  },
});

/** A command that asks "are you sure?" about the meetup, then acts. */
export function confirmedOnMeetup(
  name: string,
  keys: { confirm: string; done: string },
  act: (ctx: CommandContext, meetupId: string) => Promise<void>,
) {
  return defineCommand({
    name,
    descriptionKey: "cmd-meetups",
    listed: false,
    fields: [groupConfirmField],
    schema: z.object({ meetupId: z.uuid(), confirm: confirmArgument }),
    async run(ctx, { meetupId, confirm }) {
      const { title } = await getMeetupCard(ctx.db, ctx.profile.userId, meetupId);
      return confirmFirst(confirm, reply(keys.confirm, { title }), async () => {
        await act(ctx, meetupId);
        return reply(keys.done, { title });
      });
    },
  });
}

export const meetupCancel = confirmedOnMeetup(
  "meetup_cancel",
  { confirm: "meetup-cancel-confirm", done: "meetup-cancel-done" },
  (ctx, meetupId) => cancelMeetup(ctx.db, ctx.profile.userId, meetupId, ctx.now),
);

/** Host or moderator: the meetup shown first to the neighbourhood for a day, for points, once confirmed. */
export const meetupPin = defineCommand({
  name: "meetup_pin",
  descriptionKey: "cmd-meetups",
  listed: false,
  fields: [groupConfirmField],
  schema: z.object({ meetupId: z.uuid(), confirm: confirmArgument }),
  async run(ctx, { meetupId, confirm }) {
    const offer = await meetupPinOffer(ctx.db, ctx.profile.userId, meetupId, ctx.now);
    return confirmFirst(confirm, reply("meetup-pin-confirm", { ...offer }), async () => {
      const until = await pinMeetup(ctx.db, ctx.profile.userId, meetupId, ctx.now);
      return reply("meetup-pin-done", { title: offer.title, hours: hoursUntil(until, ctx.now) });
    });
  },
});

export const meetupStop = confirmedOnMeetup(
  "meetup_stop",
  { confirm: "meetup-stop-confirm", done: "meetup-stop-done" },
  (ctx, meetupId) => stopSeries(ctx.db, ctx.profile.userId, meetupId, ctx.now),
);
