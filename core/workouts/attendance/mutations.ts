import type { Database, Prisma } from "../../db/client.js";
import { markTrustStale } from "../../trust/mutations.js";
import { findSettledRoom } from "./queries.js";
import {
  type AttendanceSettings,
  attended,
  countedWindow,
  defaultAttendanceSettings,
  presentSeconds,
  type SettledRoomTimes,
} from "./rules.js";
import type { SettledRoom } from "./types.js";

// After a room ended: how long each seat was in it and whether that counts as attended, and for
// a workout the record every meetup keeps (Rsvp.attended), which the trust score reads.

type Tx = Prisma.TransactionClient;

interface EndedRoom extends SettledRoomTimes {
  id: string;
  meetupId: string | null;
  startedAt: Date | null;
}

/** The room, locked against its events and a second settlement, if it ended and is not settled yet. */
async function lockEndedRoom(tx: Tx, roomId: string): Promise<EndedRoom | undefined> {
  const [room] = await tx.$queryRaw<EndedRoom[]>`
    SELECT id, "meetupId", "opensAt", "closesAt", "startedAt", "endedAt" FROM "VideoRoom"
    WHERE id = ${roomId}::uuid AND "endedAt" IS NOT NULL AND "settledAt" IS NULL FOR NO KEY UPDATE`;
  return room;
}

interface CountedSeat {
  id: string;
  userId: string;
  seconds: number;
  attended: boolean;
}

async function countSeats(tx: Tx, room: EndedRoom, settings: AttendanceSettings): Promise<CountedSeat[]> {
  const seats = await tx.roomParticipant.findMany({
    where: { roomId: room.id },
    select: { id: true, userId: true, presences: { select: { joinedAt: true, leftAt: true } } },
  });
  const window = countedWindow(room);
  return seats.map(({ id, userId, presences }) => {
    const seconds = presentSeconds(presences, window);
    return { id, userId, seconds, attended: attended(seconds, room, settings) };
  });
}

async function writeSeats(tx: Tx, seats: CountedSeat[]): Promise<void> {
  if (seats.length === 0) return;
  await tx.$executeRaw`
    UPDATE "RoomParticipant" p SET "presentSeconds" = c.seconds, attended = c.attended
    FROM unnest(${seats.map(({ id }) => id)}::text[], ${seats.map(({ seconds }) => seconds)}::int[],
                ${seats.map((seat) => seat.attended)}::boolean[]) AS c(id, seconds, attended)
    WHERE p.id = c.id`;
}

/**
 * A workout's attendance is its room's, so the check-in settlement leaves workouts alone. Where
 * the room was held, everyone going attended or was a no-show, as at a meetup where check-in was
 * used; a room nobody ever entered (or a deployment whose events never came) says nothing about
 * anyone. A cancelled workout has no attendance.
 */
async function settleWorkout(
  tx: Tx,
  room: EndedRoom & { meetupId: string },
  attendedUserIds: string[],
  now: Date,
): Promise<void> {
  // The meetup is locked before its RSVPs, in the order answering one takes them.
  const { count } = await tx.meetup.updateMany({
    where: { id: room.meetupId, status: "scheduled", settledAt: null },
    data: { settledAt: now },
  });
  if (count === 0 || room.startedAt === null) return;
  const going = { meetupId: room.meetupId, status: "going" as const };
  await tx.rsvp.updateMany({
    where: { ...going, userId: { in: attendedUserIds } },
    data: { attended: true },
  });
  const missed = await tx.rsvp.updateManyAndReturn({
    where: { ...going, userId: { notIn: attendedUserIds } },
    data: { attended: false },
    select: { userId: true },
  });
  await markTrustStale(
    tx,
    missed.map(({ userId }) => userId),
    now,
  );
}

/**
 * Settles an ended room once: every seat's time in it and whether that counts as attended, and a
 * workout's record. Settling again changes nothing and gives the same answer; undefined while
 * the room has not ended.
 */
export async function settleRoom(
  db: Database,
  roomId: string,
  now = new Date(),
  settings: AttendanceSettings = defaultAttendanceSettings,
): Promise<SettledRoom | undefined> {
  await db.$transaction(async (tx) => {
    const room = await lockEndedRoom(tx, roomId);
    if (!room) return;
    const seats = await countSeats(tx, room, settings);
    const { meetupId } = room;
    const attendedUserIds = seats.filter((seat) => seat.attended).map(({ userId }) => userId);
    if (meetupId) await settleWorkout(tx, { ...room, meetupId }, attendedUserIds, now);
    await writeSeats(tx, seats);
    await tx.videoRoom.update({ where: { id: roomId }, data: { settledAt: now } });
  });
  return findSettledRoom(db, roomId);
}
