import type { Database, Prisma } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { memberRole } from "../../groups/queries.js";
import { runsMeetup } from "../../groups/roles.js";
import { closeOpenStays } from "../presence/mutations.js";
import type { RoomPass } from "../types.js";
import { newRoomName, newSeatId, passWindow, type RoomTimes, roomIsOver } from "./rules.js";

type Tx = Prisma.TransactionClient;

/** Gives a workout its room, open over the workout's time. */
export async function openWorkoutRoom(
  tx: Tx,
  meetup: { id: string; startAt: Date; endAt: Date },
): Promise<void> {
  await tx.videoRoom.create({
    data: {
      name: newRoomName(),
      purpose: "workout",
      meetupId: meetup.id,
      opensAt: meetup.startAt,
      closesAt: meetup.endAt,
    },
  });
}

/**
 * A workout moved to another time: its room opens and closes with it, so passes follow the new
 * time. A room everyone left (someone tried it out early) moves too; one ended for good does not.
 */
export async function moveWorkoutRoom(
  tx: Tx,
  meetup: { id: string; startAt: Date; endAt: Date },
): Promise<void> {
  await tx.videoRoom.updateMany({
    where: { meetupId: meetup.id, settledAt: null, OR: [{ endedAt: null }, { endedBy: "destroyed" }] },
    data: { opensAt: meetup.startAt, closesAt: meetup.endAt },
  });
}

/**
 * A cancelled workout's room is over as it is cancelled: it takes no one, whoever is in it has
 * left then, and nobody's attendance is counted (settleRoom).
 */
export async function endCancelledRoom(tx: Tx, meetupId: string, now: Date): Promise<void> {
  const room = await tx.videoRoom.findUnique({ where: { meetupId }, select: { id: true, endedAt: true } });
  if (!room || room.endedAt) return;
  await tx.videoRoom.update({ where: { id: room.id }, data: { endedAt: now, endedBy: "cancelled" } });
  await closeOpenStays(tx, room.id, now);
}

/**
 * The host (or a moderator of the group) ends the room for everyone: honjok gives no more links to
 * it, closes every stay still open, and the upkeep settles it at once. The deployment's event sync
 * has no way back, so the call itself ends with Jitsi's own "end meeting for everyone".
 */
export async function endWorkoutRoom(db: Database, userId: string, meetupId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const meetup = await tx.meetup.findUnique({ where: { id: meetupId }, include: { room: true } });
    if (!meetup?.room) throw new AppError("not-found");
    const role = await memberRole(tx, meetup.groupId, userId);
    if (!runsMeetup(role, meetup.hostId === userId)) throw new AppError("group-not-moderator");
    if (roomIsOver(meetup.room, now)) throw new AppError("room-ended");
    if (now < passWindow(meetup.room).notBefore) throw new AppError("room-not-open");
    await tx.videoRoom.update({ where: { id: meetup.room.id }, data: { endedAt: now, endedBy: "host" } });
    await closeOpenStays(tx, meetup.room.id, now);
  });
}

/** The person's seat in the room: the one they were given before, or a new one. */
async function seatIn(tx: Tx, roomId: string, userId: string, moderator: boolean): Promise<string> {
  const seat = await tx.roomParticipant.upsert({
    where: { roomId_userId: { roomId, userId } },
    create: { id: newSeatId(), roomId, userId, moderator },
    update: { moderator },
    select: { id: true },
  });
  return seat.id;
}

function passTo(
  room: RoomTimes & { name: string },
  seatId: string,
  displayName: string,
  moderator: boolean,
): RoomPass {
  return { room: room.name, seatId, displayName, moderator, ...passWindow(room) };
}

/**
 * A member going to a workout (or the host, or a moderator of its group) gets their pass to its
 * room; asking again gives the same seat. Moderator rights in the room are the host's and the
 * group's moderators'. Nobody else gets one: the pass is the only way in.
 */
export async function takeWorkoutSeat(
  db: Database,
  userId: string,
  meetupId: string,
  now = new Date(),
): Promise<RoomPass> {
  return db.$transaction(async (tx) => {
    const meetup = await tx.meetup.findUnique({
      where: { id: meetupId },
      include: { room: true, rsvps: { where: { userId }, select: { status: true } } },
    });
    if (!meetup?.room) throw new AppError("not-found");
    if (meetup.status === "cancelled") throw new AppError("meetup-cancelled");
    const role = await memberRole(tx, meetup.groupId, userId);
    if (role === undefined) throw new AppError("group-not-member");
    if (roomIsOver(meetup.room, now)) throw new AppError("room-ended");
    const moderator = runsMeetup(role, meetup.hostId === userId);
    if (!moderator && meetup.rsvps[0]?.status !== "going") throw new AppError("room-not-going");
    const seatId = await seatIn(tx, meetup.room.id, userId, moderator);
    const { displayName } = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { displayName: true },
    });
    return passTo(meetup.room, seatId, displayName, moderator);
  });
}
