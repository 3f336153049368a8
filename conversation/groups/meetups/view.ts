import { z } from "zod";
import { meetupCardButton } from "../../../core/groups/meetups/messages.js";
import { getMeetupCard } from "../../../core/groups/meetups/queries.js";
import { rsvpAnswerSchema } from "../../../core/groups/meetups/schema.js";
import { answerRsvp } from "../../../core/groups/rsvp/mutations.js";
import { joinButton } from "../../../core/workouts/messages.js";
import { type CommandContext, defineCommand } from "../../command.js";
import { reply } from "../../reply.js";
import { onMeetup } from "./buttons.js";
import { meetupCard } from "./cards.js";

export async function cardOf(ctx: CommandContext, meetupId: string) {
  const card = await getMeetupCard(ctx.db, ctx.profile.userId, meetupId, ctx.now);
  return meetupCard(card, ctx.profile.timeZone, ctx.now);
}

export const meetupCardCommand = onMeetup("meetup_card", cardOf);

/** The one-tap answer under a notification or a card: going, maybe or can't. */
export const rsvp = defineCommand({
  name: "rsvp",
  descriptionKey: "cmd-meetups",
  listed: false,
  fields: [],
  schema: z.object({ meetupId: z.uuid(), answer: rsvpAnswerSchema }),
  async run(ctx, { meetupId, answer }) {
    const { userId } = ctx.profile;
    const { status, waitlistPosition } = await answerRsvp(ctx.db, userId, meetupId, answer, ctx.now);
    const { title, workout } = await getMeetupCard(ctx.db, userId, meetupId);
    // Going to a workout: the way into its room is one more tap.
    const join = workout && status === "going" ? [joinButton(meetupId)] : [];
    return reply(
      `rsvp-${status}`,
      { title, position: waitlistPosition ?? 0 },
      { buttons: [[...join, meetupCardButton(meetupId)]] },
    );
  },
});
