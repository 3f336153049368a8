// Shared by the room-event, attendance and upkeep tests: a workout with its room, held from
// `startAt` for `minutes`, whose host and members going hold seats as they would after tapping join.
import type { Database } from "../db/client.js";
import { groupWith, neighbour, planMeetup } from "../groups/meetups/test-meetups.js";
import { answerRsvp } from "../groups/rsvp/mutations.js";
import { openWorkoutRoom, takeWorkoutSeat } from "./rooms/mutations.js";

const MINUTE_MS = 60_000;

export interface TestWorkout {
  meetupId: string;
  room: { id: string; name: string };
  host: { userId: string; seatId: string };
  /** Members going, each with a seat. */
  going: { userId: string; seatId: string }[];
  /** A member going who never took a seat (never asked for the link). */
  goingWithoutSeat: { userId: string };
}

export async function workoutWithSeats(
  db: Database,
  { startAt, minutes = 60, members = 2 }: { startAt: Date; minutes?: number; members?: number },
): Promise<TestWorkout> {
  const host = await neighbour(db, "코치");
  const others = await Promise.all(
    Array.from({ length: members + 1 }, (_, index) => neighbour(db, `회원${index + 1}`)),
  );
  const groupId = await groupWith(
    db,
    host,
    others.map((profile) => ({ profile, role: "member" as const })),
  );
  const plannedAt = new Date(startAt.getTime() - 24 * 60 * MINUTE_MS);
  const endAt = new Date(startAt.getTime() + minutes * MINUTE_MS);
  const meetupId = await planMeetup(db, host, groupId, startAt, plannedAt, { endAt });
  await db.$transaction((tx) => openWorkoutRoom(tx, { id: meetupId, startAt, endAt }));
  for (const { userId } of others) await answerRsvp(db, userId, meetupId, "going", plannedAt);
  const seat = async (userId: string) => ({
    userId,
    seatId: (await takeWorkoutSeat(db, userId, meetupId, plannedAt)).seatId,
  });
  const room = await db.videoRoom.findUniqueOrThrow({
    where: { meetupId },
    select: { id: true, name: true },
  });
  const going = [];
  for (const { userId } of others.slice(0, members)) going.push(await seat(userId));
  const withoutSeat = others[members] as { userId: string };
  return {
    meetupId,
    room,
    host: await seat(host.userId),
    going,
    goingWithoutSeat: { userId: withoutSeat.userId },
  };
}
