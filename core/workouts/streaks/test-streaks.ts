// Shared by the streak tests: a workout group's history as its settled rooms would leave it, one
// attended seat per person and workout, without playing the room's events through.
import type { Database } from "../../db/client.js";
import { planMeetup } from "../../groups/meetups/test-meetups.js";
import { answerRsvp } from "../../groups/rsvp/mutations.js";
import type { Profile } from "../../identity/types.js";
import { openWorkoutRoom, takeWorkoutSeat } from "../rooms/mutations.js";

const MINUTE_MS = 60_000;

export interface Attendee {
  userId: string;
  /** Time in the room; 30 minutes unless given. */
  presentSeconds?: number;
}

/** A workout of the group hosted by `host` at `startAt`, its room settled with these people attended. */
export async function attendedWorkout(
  db: Database,
  {
    groupId,
    host,
    startAt,
    attendees,
  }: { groupId: string; host: Profile; startAt: Date; attendees: Attendee[] },
): Promise<string> {
  const plannedAt = new Date(startAt.getTime() - 24 * 60 * MINUTE_MS);
  const endAt = new Date(startAt.getTime() + 30 * MINUTE_MS);
  const meetupId = await planMeetup(db, host, groupId, startAt, plannedAt, { endAt });
  await db.$transaction((tx) => openWorkoutRoom(tx, { id: meetupId, startAt, endAt }));
  for (const { userId, presentSeconds = 30 * 60 } of attendees) {
    if (userId !== host.userId) await answerRsvp(db, userId, meetupId, "going", plannedAt);
    const { seatId } = await takeWorkoutSeat(db, userId, meetupId, plannedAt);
    await db.roomParticipant.update({ where: { id: seatId }, data: { presentSeconds, attended: true } });
  }
  await db.videoRoom.update({
    where: { meetupId },
    data: { startedAt: startAt, endedAt: endAt, settledAt: endAt },
  });
  return meetupId;
}
