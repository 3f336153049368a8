import { AppError, isAppError } from "../../core/errors.js";
import { rsvpButton } from "../../core/groups/meetups/messages.js";
import { getMeetupCard } from "../../core/groups/meetups/queries.js";
import { localSpan } from "../../core/time/format.js";
import { endWorkoutRoom, takeWorkoutSeat } from "../../core/workouts/rooms/mutations.js";
import type { CommandContext } from "../command.js";
import { onMeetup } from "../groups/meetups/buttons.js";
import { confirmedOnMeetup } from "../groups/meetups/manage.js";
import { type Reply, reply, text } from "../reply.js";

/**
 * The person's own link to the workout's room, as a button that opens it, with when it works,
 * that the lobby lets people in, and that the link is theirs alone. Someone not going is offered
 * the one tap that makes them going instead.
 */
export async function joinReply(ctx: CommandContext, meetupId: string): Promise<Reply> {
  if (!ctx.roomLinks) throw new AppError("rooms-not-configured");
  try {
    const pass = await takeWorkoutSeat(ctx.db, ctx.profile.userId, meetupId, ctx.now);
    const url = await ctx.roomLinks(pass);
    const { title, startAt, endAt } = await getMeetupCard(ctx.db, ctx.profile.userId, meetupId);
    return reply(
      "workout-link",
      {
        title,
        when: text("meetup-when", { ...localSpan(startAt, endAt, ctx.profile.timeZone) }),
        opens: localSpan(pass.notBefore, pass.expiresAt, ctx.profile.timeZone).time,
        moderator: pass.moderator ? "yes" : "no",
      },
      { link: { label: text("button-room-enter"), url } },
    );
  } catch (error) {
    if (!isAppError(error) || error.code !== "room-not-going") throw error;
    return reply("error-room-not-going", {}, { buttons: [[rsvpButton(meetupId, "going")]] });
  }
}

/** The join button under a workout's notice, reminder or card: pressed in private, it answers with the link. */
export const workoutJoin = onMeetup("workout_join", joinReply);

/** The host's "end for everyone" on the workout's card, asked once more before it acts. */
export const workoutEnd = confirmedOnMeetup(
  "workout_end",
  { confirm: "workout-end-confirm", done: "workout-end-done" },
  (ctx, meetupId) => endWorkoutRoom(ctx.db, ctx.profile.userId, meetupId, ctx.now),
);
