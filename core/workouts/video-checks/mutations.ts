import type { Database, Prisma } from "../../db/client.js";
import { AppError } from "../../errors.js";
import type { AccountRef } from "../../identity/types.js";
import { queueNotification, queueNotifications } from "../../notifications/mutations.js";
import { newRoomName, newSeatId } from "../rooms/rules.js";
import type { RoomPass } from "../types.js";
import { takeButton, videoCheckJoinButton } from "./messages.js";
import { operatorUserIds } from "./queries.js";
import {
  checkPassWindow,
  checkRoomIsOver,
  checkRoomTimes,
  VIDEO_CHECK_MINUTES,
  VIDEO_CHECK_MS,
} from "./rules.js";

// A person asks for a video check; an operator listed in config takes it and both get a 1:1 room
// (the operator its moderator); the operator confirms or declines, and a confirmation is the
// person's "video verified" mark (User.videoVerifiedAt).

type Tx = Prisma.TransactionClient;

/** Serialises one person's requests, so two at once still leave one open. */
async function lockPerson(tx: Tx, userId: string) {
  const [person] = await tx.$queryRaw<{ displayName: string; videoVerifiedAt: Date | null }[]>`
    SELECT "displayName", "videoVerifiedAt" FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
  if (!person) throw new AppError("not-found");
  return person;
}

async function lockCheck(tx: Tx, checkId: string) {
  const [check] = await tx.$queryRaw<{ userId: string; operatorId: string | null; status: string }[]>`
    SELECT "userId", "operatorId", status::text FROM "VideoCheck" WHERE id = ${checkId}::uuid FOR UPDATE`;
  if (!check) throw new AppError("not-found");
  return check;
}

async function requireOperator(tx: Tx, userId: string, operators: readonly AccountRef[]) {
  if (!(await operatorUserIds(tx, operators)).includes(userId))
    throw new AppError("video-check-not-operator");
}

/**
 * A taken request the operator left undecided is given up half an hour after its room closed,
 * so the person can ask again; until then the operator may still decide it.
 */
const staleBefore = (now: Date) => new Date(now.getTime() - VIDEO_CHECK_MS);

async function expireStaleChecks(tx: Tx, userId: string, now: Date) {
  await tx.videoCheck.updateMany({
    where: { userId, status: "requested", room: { is: { closesAt: { lte: staleBefore(now) } } } },
    data: { status: "expired", decidedAt: now },
  });
}

/** Asks for a video check; every operator is told, with a button to take it. One open request a person. */
export async function requestVideoCheck(
  db: Database,
  userId: string,
  operators: readonly AccountRef[],
  now = new Date(),
): Promise<string> {
  return db.$transaction(async (tx) => {
    const person = await lockPerson(tx, userId);
    if (person.videoVerifiedAt) throw new AppError("video-check-already-verified");
    const operatorIds = (await operatorUserIds(tx, operators)).filter((id) => id !== userId);
    if (operatorIds.length === 0) throw new AppError("video-check-no-operators");
    await expireStaleChecks(tx, userId, now);
    if ((await tx.videoCheck.count({ where: { userId, status: "requested" } })) > 0) {
      throw new AppError("video-check-open");
    }
    const { id } = await tx.videoCheck.create({ data: { userId, requestedAt: now }, select: { id: true } });
    await queueNotifications(
      tx,
      operatorIds.map((operatorId) => ({
        userId: operatorId,
        messageKey: "notify-video-check-requested",
        params: { name: person.displayName, minutes: VIDEO_CHECK_MINUTES },
        buttons: [[takeButton(id)]],
      })),
    );
    return id;
  });
}

/** The check's room with a seat each: the operator runs it (moderator, so they admit from the lobby). */
async function openCheckRoom(tx: Tx, checkId: string, operatorId: string, userId: string, now: Date) {
  const room = await tx.videoRoom.create({
    data: { name: newRoomName(), purpose: "videoCheck", videoCheckId: checkId, ...checkRoomTimes(now) },
    select: { id: true },
  });
  await tx.roomParticipant.createMany({
    data: [
      { id: newSeatId(), roomId: room.id, userId: operatorId, moderator: true },
      { id: newSeatId(), roomId: room.id, userId, moderator: false },
    ],
  });
}

/** The pass of one of the check's two people to its room, while it takes people. */
async function passFor(tx: Tx, checkId: string, userId: string, now: Date): Promise<RoomPass> {
  const room = await tx.videoRoom.findUnique({
    where: { videoCheckId: checkId },
    include: { participants: { where: { userId }, include: { user: { select: { displayName: true } } } } },
  });
  const seat = room?.participants[0];
  if (!room || !seat) throw new AppError("not-found");
  if (checkRoomIsOver(room, now)) throw new AppError("room-ended");
  return {
    room: room.name,
    seatId: seat.id,
    displayName: seat.user.displayName,
    moderator: seat.moderator,
    ...checkPassWindow(room),
  };
}

/**
 * An operator takes a request: the room opens for 30 minutes and the person is told, with a
 * button to their own pass. The operator gets theirs; asking again gives the same seat.
 */
export async function takeVideoCheck(
  db: Database,
  operatorId: string,
  checkId: string,
  operators: readonly AccountRef[],
  now = new Date(),
): Promise<RoomPass> {
  return db.$transaction(async (tx) => {
    await requireOperator(tx, operatorId, operators);
    const check = await lockCheck(tx, checkId);
    if (check.status !== "requested") throw new AppError("video-check-decided");
    if (check.userId === operatorId) throw new AppError("video-check-not-operator");
    if (check.operatorId && check.operatorId !== operatorId) throw new AppError("video-check-taken");
    if (!check.operatorId) {
      await openCheckRoom(tx, checkId, operatorId, check.userId, now);
      await tx.videoCheck.update({ where: { id: checkId }, data: { operatorId } });
      await queueNotification(tx, {
        userId: check.userId,
        messageKey: "notify-video-check-taken",
        params: { minutes: VIDEO_CHECK_MINUTES },
        buttons: [[videoCheckJoinButton(checkId)]],
      });
    }
    return passFor(tx, checkId, operatorId, now);
  });
}

/** The person's (or the operator's) own pass to the check's room; nobody else has a seat in it. */
export async function joinVideoCheck(db: Database, userId: string, checkId: string, now = new Date()) {
  return db.$transaction((tx) => passFor(tx, checkId, userId, now));
}

/**
 * The operator who held the call confirms (the person is marked video verified) or declines;
 * the person is told either way. A request is decided once. Returns the person's name.
 */
export async function decideVideoCheck(
  db: Database,
  operatorId: string,
  checkId: string,
  decision: { confirmed: boolean; operators: readonly AccountRef[] },
  now = new Date(),
): Promise<string> {
  return db.$transaction(async (tx) => {
    await requireOperator(tx, operatorId, decision.operators);
    const check = await lockCheck(tx, checkId);
    if (check.operatorId !== operatorId) throw new AppError("video-check-not-yours");
    const room = await tx.videoRoom.findUniqueOrThrow({ where: { videoCheckId: checkId } });
    if (check.status !== "requested" || room.closesAt <= staleBefore(now)) {
      throw new AppError("video-check-decided");
    }
    const { confirmed } = decision;
    await tx.videoCheck.update({
      where: { id: checkId },
      data: { status: confirmed ? "confirmed" : "declined", decidedAt: now },
    });
    const person = await tx.user.update({
      where: { id: check.userId },
      data: confirmed ? { videoVerifiedAt: now } : {},
      select: { displayName: true },
    });
    await queueNotification(tx, {
      userId: check.userId,
      messageKey: confirmed ? "notify-video-check-confirmed" : "notify-video-check-declined",
    });
    return person.displayName;
  });
}
