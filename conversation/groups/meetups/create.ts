import { z } from "zod";
import type { ErrorCode } from "../../../core/errors.js";
import { createMeetup } from "../../../core/groups/meetups/mutations.js";
import { getMeetupCard } from "../../../core/groups/meetups/queries.js";
import { readMeetupTime } from "../../../core/groups/meetups/rules.js";
import { recurrences } from "../../../core/groups/meetups/types.js";
import { placeSchema } from "../../../core/place.js";
import { askAgainWhen, defineCommand } from "../../command.js";
import { reply } from "../../reply.js";
import { meetupCard } from "./cards.js";
import {
  capacityField,
  costField,
  meetupTitleField,
  recurrenceField,
  venueField,
  whenField,
} from "./fields.js";

/** A time the host can fix by typing it again: asked again rather than ending the dialog. */
export const meetupTimeErrors: ErrorCode[] = [
  "meetup-time-unreadable",
  "meetup-in-past",
  "meetup-ends-before-start",
  "meetup-too-long",
  "meetup-too-far",
];

/** Plans a meetup of the group: title, when, where, and optionally how many, the cost and a recurrence. */
export const meetup = defineCommand({
  name: "meetup",
  descriptionKey: "cmd-meetup-new",
  listed: false,
  askOptional: true,
  fields: [meetupTitleField, whenField, venueField, capacityField, costField, recurrenceField],
  schema: z.object({
    groupId: z.uuid(),
    title: z.string(),
    when: z.string(),
    place: placeSchema,
    capacity: z.number().optional(),
    cost: z.string().optional(),
    recurrence: z.enum(["none", ...recurrences]).optional(),
  }),
  async run(ctx, args) {
    return askAgainWhen(meetupTimeErrors, "when", async () => {
      const meetupId = await createMeetup(
        ctx.db,
        ctx.profile,
        {
          groupId: args.groupId,
          title: args.title,
          ...readMeetupTime(args.when, ctx.now, ctx.profile.timeZone),
          place: args.place,
          capacity: args.capacity,
          costNote: args.cost,
          recurrence: args.recurrence === "none" ? undefined : args.recurrence,
        },
        ctx.now,
      );
      const card = await getMeetupCard(ctx.db, ctx.profile.userId, meetupId);
      return [
        reply("meetup-created", { title: card.title }),
        meetupCard(card, ctx.profile.timeZone, ctx.now),
      ];
    });
  },
});
