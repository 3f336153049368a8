import type { Database } from "../../db/client.js";
import { ROOM_GRACE_MS } from "../rooms/rules.js";
import type { SettledRoom } from "./types.js";

/**
 * Ended rooms whose attendance is due, oldest end first. A timed-out or cancelled room is due at
 * once. A destroyed one only once nobody can come back, when its passes have expired: everyone
 * leaving for a moment destroys a room too, and the next to come back opens it again.
 */
export async function listRoomsToSettle(db: Database, now: Date, limit: number): Promise<string[]> {
  const rooms = await db.videoRoom.findMany({
    where: {
      settledAt: null,
      endedAt: { not: null },
      OR: [{ endedBy: { not: "destroyed" } }, { closesAt: { lte: new Date(now.getTime() - ROOM_GRACE_MS) } }],
    },
    orderBy: { endedAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rooms.map(({ id }) => id);
}

/** A settled room as the settlement left it, or undefined while it is not settled. */
export async function findSettledRoom(db: Database, roomId: string): Promise<SettledRoom | undefined> {
  const room = await db.videoRoom.findUnique({
    where: { id: roomId },
    select: {
      settledAt: true,
      meetup: { select: { id: true, groupId: true } },
      participants: { select: { userId: true, attended: true } },
    },
  });
  if (!room?.settledAt) return undefined;
  return {
    roomId,
    meetupId: room.meetup?.id,
    groupId: room.meetup?.groupId,
    userIds: room.participants.map(({ userId }) => userId),
    attendedUserIds: room.participants.filter(({ attended }) => attended).map(({ userId }) => userId),
  };
}
