import type { Database } from "../../db/client.js";
import { Prisma } from "../../db/generated/client.js";
import { holdLock } from "../../db/locks.js";
import { AppError } from "../../errors.js";
import { ROOM_TIMEOUT_MS, type RoomTimes } from "../rooms/rules.js";
import { tellVideoCheckPresence } from "../video-checks/presence.js";
import { aheadOfNow, endNotBefore, impossibleArrival, presenceNews } from "./rules.js";
import type { EventOutcome, OccupantStay, RoomRun } from "./types.js";

// The deployment's room and occupant events, each taken once by what identifies it: a stay by
// (room, occupant, joined time), a run of the room by (room, created time). The event sync sends
// no event id and retries, so every write here is an upsert whose result does not depend on how
// often, or in which order, the events come: a leave before its join still makes one stay.

type Tx = Prisma.TransactionClient;

interface EventRoom extends RoomTimes {
  id: string;
  purpose: "workout" | "videoCheck";
  settledAt: Date | null;
}

/**
 * Occupants' events share the room's lock, so they never wait for each other; a run's events and
 * the settlement take it alone, and so see every stay committed before them.
 */
const roomLocks = { shared: Prisma.sql`FOR SHARE`, alone: Prisma.sql`FOR NO KEY UPDATE` };

async function lockRoom(tx: Tx, name: string, lock: keyof typeof roomLocks): Promise<EventRoom> {
  const [room] = await tx.$queryRaw<EventRoom[]>`
    SELECT id, purpose, "opensAt", "closesAt", "settledAt" FROM "VideoRoom" WHERE name = ${name} ${roomLocks[lock]}`;
  if (!room) throw new AppError("room-unknown");
  return room;
}

/**
 * Takes an event of the room named: in one transaction under the room's lock, unless the room is
 * already settled (then it is ignored) or `refusal` says the event's times cannot be right.
 */
function takeInRoom(
  db: Database,
  roomName: string,
  lock: keyof typeof roomLocks,
  refusal: (room: EventRoom) => AppError | undefined,
  take: (tx: Tx, room: EventRoom) => Promise<EventOutcome>,
): Promise<EventOutcome> {
  return db.$transaction(async (tx) => {
    const room = await lockRoom(tx, roomName, lock);
    if (room.settledAt) return { taken: false, ignored: "room-settled" };
    const refused = refusal(room);
    if (refused) throw refused;
    return take(tx, room);
  });
}

/**
 * Records a stay under the seat its token named, if that is a seat of this room: anyone else
 * is recorded nowhere. A known stay only ever gets an earlier end, so the leave, the room's end
 * and a repeat of either can come in any order. Returns whether the stay has a seat.
 */
async function recordStay(tx: Tx, roomId: string, stay: OccupantStay & { seatId: string }): Promise<boolean> {
  const written = await tx.$executeRaw`
    INSERT INTO "RoomPresence" ("roomId", "occupantJid", "joinedAt", "participantId", "leftAt")
    SELECT s."roomId", ${stay.occupantJid}, ${stay.joinedAt}::timestamp, s.id, ${stay.leftAt ?? null}::timestamp
    FROM "RoomParticipant" s WHERE s.id = ${stay.seatId} AND s."roomId" = ${roomId}::uuid
    ON CONFLICT ("roomId", "occupantJid", "joinedAt")
    DO UPDATE SET "leftAt" = LEAST("RoomPresence"."leftAt", EXCLUDED."leftAt")`;
  return written > 0;
}

/** The stay as recorded before this event, if it was. */
async function recordedStay(
  tx: Tx,
  roomId: string,
  stay: OccupantStay,
): Promise<{ leftAt: Date | null } | undefined> {
  const [recorded] = await tx.$queryRaw<{ leftAt: Date | null }[]>`
    SELECT "leftAt" FROM "RoomPresence"
    WHERE "roomId" = ${roomId}::uuid AND "occupantJid" = ${stay.occupantJid} AND "joinedAt" = ${stay.joinedAt}::timestamp`;
  return recorded;
}

/**
 * Records the stay as recordStay does; in a 1:1 video check room the other of the two also hears
 * of a coming in or a going out, once each, however often or in whichever order the events come.
 */
async function recordStayTelling(
  tx: Tx,
  room: EventRoom,
  stay: OccupantStay & { seatId: string },
): Promise<boolean> {
  if (room.purpose !== "videoCheck") return recordStay(tx, room.id, stay);
  // Occupants' events share the room's lock; this seat's own wait for each other here, so what
  // was recorded before is still so when the stay is written.
  await holdLock(tx, `presence:${stay.seatId}`);
  const before = await recordedStay(tx, room.id, stay);
  if (!(await recordStay(tx, room.id, stay))) return false;
  for (const change of presenceNews(before, stay)) await tellVideoCheckPresence(tx, stay.seatId, change);
  return true;
}

/** The stay with an end before its start set right; `adjusted` says it was. */
function plausibleStay(stay: OccupantStay): { stay: OccupantStay; adjusted: boolean } {
  if (!stay.leftAt) return { stay, adjusted: false };
  const { end, adjusted } = endNotBefore(stay.joinedAt, stay.leftAt);
  return { stay: { ...stay, leftAt: end }, adjusted };
}

/**
 * An occupant joined or left (`leftAt`) the room. Someone without a seat in it (no token, or a
 * token for another room) is ignored; a join honjok's clock says cannot be right is refused.
 */
export async function takeOccupantEvent(
  db: Database,
  roomName: string,
  reported: OccupantStay,
  now = new Date(),
): Promise<EventOutcome> {
  const refusal = (room: EventRoom) =>
    impossibleArrival(room, reported.joinedAt, now) ?? (reported.leftAt && aheadOfNow(reported.leftAt, now));
  return takeInRoom(db, roomName, "shared", refusal, async (tx, room) => {
    const { stay, adjusted } = plausibleStay(reported);
    const { seatId } = stay;
    if (seatId === undefined || !(await recordStayTelling(tx, room, { ...stay, seatId }))) {
      return { taken: false, ignored: "no-seat" };
    }
    return adjusted ? { taken: true, adjusted: "left-before-joined" } : { taken: true };
  });
}

/** A run is known once; a repeated or late destruction only ever makes its end earlier. */
async function recordRun(tx: Tx, roomId: string, run: RoomRun): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "RoomSession" ("roomId", "createdAt", "destroyedAt")
    VALUES (${roomId}::uuid, ${run.createdAt}::timestamp, ${run.destroyedAt ?? null}::timestamp)
    ON CONFLICT ("roomId", "createdAt")
    DO UPDATE SET "destroyedAt" = LEAST("RoomSession"."destroyedAt", EXCLUDED."destroyedAt")`;
}

/**
 * The room as its runs say: started at the first, over ("destroyed") once every run it had is,
 * at the last one's end, and open again when someone came back before the settlement. An end
 * honjok decided itself (the timeout, a cancellation) stays as it is.
 */
async function followRuns(tx: Tx, roomId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "VideoRoom" r SET
      "startedAt" = runs.first,
      "endedAt" = CASE WHEN r."endedBy" <> 'destroyed' THEN r."endedAt"
                       WHEN runs.open > 0 THEN NULL ELSE runs.last END,
      "endedBy" = CASE WHEN r."endedBy" <> 'destroyed' THEN r."endedBy"
                       WHEN runs.open > 0 THEN NULL ELSE 'destroyed'::"RoomEnd" END
    FROM (SELECT min("createdAt") AS first, max("destroyedAt") AS last,
                 count(*) FILTER (WHERE "destroyedAt" IS NULL) AS open
          FROM "RoomSession" WHERE "roomId" = ${roomId}::uuid) runs
    WHERE r.id = ${roomId}::uuid`;
}

/** The deployment created the room: the first person came in. */
export async function takeRoomCreated(
  db: Database,
  roomName: string,
  createdAt: Date,
  now = new Date(),
): Promise<EventOutcome> {
  const refusal = (room: EventRoom) => impossibleArrival(room, createdAt, now);
  return takeInRoom(db, roomName, "alone", refusal, async (tx, room) => {
    await recordRun(tx, room.id, { createdAt });
    await followRuns(tx, room.id);
    return { taken: true };
  });
}

/** Every stay the deployment listed, each with its end (or `end` for one it gave none); seatless and impossible ones left out. */
async function reconcileStays(
  tx: Tx,
  room: EventRoom,
  occupants: OccupantStay[],
  end: Date,
  now: Date,
): Promise<void> {
  for (const reported of occupants) {
    const { seatId } = reported;
    if (seatId === undefined || impossibleArrival(room, reported.joinedAt, now)) continue;
    const { stay } = plausibleStay({ ...reported, leftAt: reported.leftAt ?? end });
    await recordStay(tx, room.id, { ...stay, seatId });
  }
}

/** Whoever is still in the room when it goes has left then. */
export async function closeOpenStays(tx: Tx, roomId: string, at: Date): Promise<void> {
  await tx.$executeRaw`
    UPDATE "RoomPresence" SET "leftAt" = ${at}::timestamp
    WHERE "roomId" = ${roomId}::uuid AND "leftAt" IS NULL AND "joinedAt" <= ${at}::timestamp`;
}

/**
 * The deployment destroyed the room (everyone left, or a moderator ended it for everyone: the
 * event sync does not say which). Its list of everyone who came is the final picture: each stay
 * in it is recorded with its end, and any stay still open ends with the room.
 */
export async function takeRoomDestroyed(
  db: Database,
  roomName: string,
  run: Required<RoomRun>,
  occupants: OccupantStay[],
  now = new Date(),
): Promise<EventOutcome> {
  const refusal = (room: EventRoom) =>
    impossibleArrival(room, run.createdAt, now) ?? aheadOfNow(run.destroyedAt, now);
  return takeInRoom(db, roomName, "alone", refusal, async (tx, room) => {
    const destroyedAt = endNotBefore(run.createdAt, run.destroyedAt).end;
    await reconcileStays(tx, room, occupants, destroyedAt, now);
    await closeOpenStays(tx, room.id, destroyedAt);
    await recordRun(tx, room.id, { createdAt: run.createdAt, destroyedAt });
    await followRuns(tx, room.id);
    return { taken: true };
  });
}

/**
 * A breakout room of the room was destroyed: the stays it lists belong to the room, but the room
 * itself goes on (the deployment destroys it only once it and all its breakouts are empty).
 */
export async function takeBreakoutDestroyed(
  db: Database,
  roomName: string,
  destroyedAt: Date,
  occupants: OccupantStay[],
  now = new Date(),
): Promise<EventOutcome> {
  const refusal = () => aheadOfNow(destroyedAt, now);
  return takeInRoom(db, roomName, "shared", refusal, async (tx, room) => {
    await reconcileStays(tx, room, occupants, destroyedAt, now);
    return { taken: true };
  });
}

/**
 * The end honjok decides itself: a room still open ROOM_TIMEOUT_MS after its planned end closes
 * then, and every stay still open ends with it. (A cancelled workout's room ends as it is
 * cancelled: endCancelledRoom.) Returns how many rooms ended.
 */
export async function endOverdueRooms(db: Database, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const overdueBefore = new Date(now.getTime() - ROOM_TIMEOUT_MS);
    const ended = await tx.$queryRaw<{ id: string; endedAt: Date }[]>`
      UPDATE "VideoRoom" r SET "endedAt" = due.at, "endedBy" = due.by
      FROM (SELECT v.id,
                   v."closesAt" + ${ROOM_TIMEOUT_MS}::int * interval '1 millisecond' AS at,
                   'timeout'::"RoomEnd" AS by
            FROM "VideoRoom" v
            WHERE v."endedAt" IS NULL AND v."settledAt" IS NULL
              AND v."closesAt" <= ${overdueBefore}::timestamp) due
      WHERE r.id = due.id AND r."endedAt" IS NULL AND r."settledAt" IS NULL
      RETURNING r.id, r."endedAt"`;
    for (const room of ended) await closeOpenStays(tx, room.id, room.endedAt);
    return ended.length;
  });
}
