import { z } from "zod";
import { actions } from "../../../core/actions/table.js";
import type { ErrorCode } from "../../../core/errors.js";
import {
  checkInFor,
  checkInWithCode,
  checkInWithPlace,
  openCheckIn,
} from "../../../core/groups/attendance/mutations.js";
import { getMeetupCard } from "../../../core/groups/meetups/queries.js";
import { placeSchema } from "../../../core/place.js";
import { askAgainWhen, type CommandContext, defineCommand } from "../../command.js";
import type { Field } from "../../fields.js";
import { inRows, reply, text } from "../../reply.js";
import { meetupButton, onMeetup } from "./buttons.js";
import { checkInCodeField, hereField } from "./fields.js";

/** The host's screen: the code to show, and a button for each person going not checked in yet. */
async function hostScreen(ctx: CommandContext, meetupId: string, title: string) {
  const { code, waiting } = await openCheckIn(ctx.db, ctx.profile.userId, meetupId, ctx.now);
  const buttons = waiting.map((person) => ({
    label: text("button-checkin-for", { name: person.displayName }),
    action: actions.checkinFor({ meetupId, attendeeId: person.userId }),
  }));
  return reply("checkin-code-shown", { title, code }, { buttons: inRows(buttons, 3) });
}

/** Check-in: the host (or a moderator) is shown the code; an attendee picks how to check in. */
export const checkin = onMeetup("checkin", async (ctx, meetupId) => {
  const card = await getMeetupCard(ctx.db, ctx.profile.userId, meetupId);
  if (card.viewer.runs) return hostScreen(ctx, meetupId, card.title);
  const ways = [
    meetupButton("button-checkin-code", actions.checkinCode, meetupId),
    meetupButton("button-checkin-place", actions.checkinPlace, meetupId),
  ];
  return reply("checkin-how", { title: card.title }, { buttons: [ways] });
});

/** An attendee's way in: one answer, asked again while it is refused with `retryOn`. */
function checkInWay<V>(
  name: string,
  field: Field,
  answer: z.ZodType<V>,
  retryOn: ErrorCode,
  act: (ctx: CommandContext, meetupId: string, answer: V) => Promise<void>,
) {
  return defineCommand({
    name,
    descriptionKey: "cmd-meetups",
    listed: false,
    fields: [field],
    schema: z
      .object({ meetupId: z.uuid(), [field.name]: answer })
      .transform((args) => ({ meetupId: args.meetupId as string, answer: args[field.name] as V })),
    run: (ctx, { meetupId, answer }) =>
      askAgainWhen(retryOn, field.name, async () => {
        await act(ctx, meetupId, answer);
        return reply("checkin-done");
      }),
  });
}

export const checkinCode = checkInWay(
  "checkin_code",
  checkInCodeField,
  z.string(),
  "checkin-code-wrong",
  (ctx, m, code) => checkInWithCode(ctx.db, ctx.profile.userId, m, code, ctx.now),
);

export const checkinPlace = checkInWay(
  "checkin_place",
  hereField,
  placeSchema,
  "checkin-too-far",
  (ctx, m, place) => checkInWithPlace(ctx.db, ctx.profile.userId, m, place, ctx.now),
);

/** The host checks in someone by hand, then sees who is still missing. */
export const checkinFor = defineCommand({
  name: "checkin_for",
  descriptionKey: "cmd-meetups",
  listed: false,
  fields: [],
  schema: z.object({ meetupId: z.uuid(), attendeeId: z.uuid() }),
  async run(ctx, { meetupId, attendeeId }) {
    await checkInFor(ctx.db, ctx.profile.userId, meetupId, attendeeId, ctx.now);
    const { title } = await getMeetupCard(ctx.db, ctx.profile.userId, meetupId);
    return hostScreen(ctx, meetupId, title);
  },
});
