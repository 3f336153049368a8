import type { Database, Prisma } from "../../db/client.js";
import { AppError } from "../../errors.js";
import type { AccountRef } from "../../identity/types.js";
import { queueNotification, queueNotifications } from "../../notifications/mutations.js";
import { markTrustStale } from "../../trust/mutations.js";
import { newRoomName, newSeatId, passWindow, roomIsOver } from "../rooms/rules.js";
import type { RoomPass } from "../types.js";
import { takeButton, videoCheckAgainButton, videoCheckJoinButton } from "./messages.js";
import { operatorUserIds } from "./queries.js";
import {
  type CheckTimes,
  checkRoomTimes,
  checkStatusAt,
  takenGivenUpBefore,
  untakenGivenUpBefore,
  VIDEO_CHECK_MARGINS,
  VIDEO_CHECK_MINUTES,
  VIDEO_CHECK_WAIT_HOURS,
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

interface LockedCheck extends CheckTimes {
  userId: string;
  operatorId: string | null;
}

/** The check, locked so that one press at a time changes it, with when its room closes if it has one. */
async function lockCheck(tx: Tx, checkId: string): Promise<LockedCheck> {
  const [check] = await tx.$queryRaw<LockedCheck[]>`
    SELECT c."userId", c."operatorId", c.status::text AS status, c."requestedAt", r."closesAt" AS "roomClosesAt"
    FROM "VideoCheck" c LEFT JOIN "VideoRoom" r ON r."videoCheckId" = c.id
    WHERE c.id = ${checkId}::uuid FOR UPDATE OF c`;
  if (!check) throw new AppError("not-found");
  return check;
}

/** Refuses anything but an open request, saying how this one ended (confirmed, declined, given up). */
function requireOpen(check: LockedCheck, now: Date): void {
  const status = checkStatusAt(check, now);
  if (status !== "requested") throw new AppError("video-check-decided", { status });
}

async function requireOperator(tx: Tx, userId: string, operators: readonly AccountRef[]) {
  if (!(await operatorUserIds(tx, operators)).includes(userId))
    throw new AppError("video-check-not-operator");
}

/**
 * Records the person's requests past their time as given up (checkIsGivenUp), so they can ask
 * again. Nobody is told: the person is asking again right now (expireUntakenVideoChecks tells
 * those who are not).
 */
async function expireStaleChecks(tx: Tx, userId: string, now: Date) {
  await tx.videoCheck.updateMany({
    where: {
      userId,
      status: "requested",
      OR: [
        { room: { is: { closesAt: { lte: takenGivenUpBefore(now) } } } },
        { operatorId: null, room: { is: null }, requestedAt: { lte: untakenGivenUpBefore(now) } },
      ],
    },
    data: { status: "expired", decidedAt: now },
  });
}

/**
 * One open request a person: asking again is refused with the open one, taken or not, so that its
 * person can be offered to cancel it (before anything else, as no operator may ever take it).
 */
async function refuseSecondRequest(tx: Tx, userId: string) {
  const open = await tx.videoCheck.findFirst({
    where: { userId, status: "requested" },
    select: { id: true, operatorId: true },
  });
  if (open)
    throw new AppError("video-check-open", { checkId: open.id, taken: open.operatorId ? "yes" : "no" });
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
    await expireStaleChecks(tx, userId, now);
    await refuseSecondRequest(tx, userId);
    const operatorIds = (await operatorUserIds(tx, operators)).filter((id) => id !== userId);
    if (operatorIds.length === 0) throw new AppError("video-check-no-operators");
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
  if (roomIsOver(room, now, VIDEO_CHECK_MARGINS)) throw new AppError("room-ended");
  return {
    room: room.name,
    seatId: seat.id,
    displayName: seat.user.displayName,
    moderator: seat.moderator,
    ...passWindow(room, VIDEO_CHECK_MARGINS),
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
    requireOpen(check, now);
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

/**
 * The person's (or the operator's) own pass to the check's room while the check is open; nobody
 * else has a seat in it, nor hears how it ended.
 */
export async function joinVideoCheck(db: Database, userId: string, checkId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const check = await lockCheck(tx, checkId);
    if (userId !== check.userId && userId !== check.operatorId) throw new AppError("not-found");
    requireOpen(check, now);
    return passFor(tx, checkId, userId, now);
  });
}

/**
 * A confirmation vouches that the operator saw the person on a call, so both seats need a stay in
 * the check's room as the deployment reported it. Declining needs none: the person may never come.
 */
async function requireBothCame(tx: Tx, checkId: string, userId: string, operatorId: string) {
  const seats = await tx.roomParticipant.findMany({
    where: { room: { videoCheckId: checkId } },
    select: {
      userId: true,
      user: { select: { displayName: true } },
      _count: { select: { presences: true } },
    },
  });
  const came = (who: string) => seats.some((seat) => seat.userId === who && seat._count.presences > 0);
  const name = seats.find((seat) => seat.userId === userId)?.user.displayName ?? "";
  if (!came(userId)) throw new AppError("video-check-not-joined", { who: "person", name });
  if (!came(operatorId)) throw new AppError("video-check-not-joined", { who: "you", name });
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
    requireOpen(check, now);
    const { confirmed } = decision;
    if (confirmed) await requireBothCame(tx, checkId, check.userId, operatorId);
    await tx.videoCheck.update({
      where: { id: checkId },
      data: { status: confirmed ? "confirmed" : "declined", decidedAt: now },
    });
    const person = await tx.user.update({
      where: { id: check.userId },
      data: confirmed ? { videoVerifiedAt: now } : {},
      select: { displayName: true },
    });
    if (confirmed) await markTrustStale(tx, [check.userId], now);
    await queueNotification(tx, {
      userId: check.userId,
      messageKey: confirmed ? "notify-video-check-confirmed" : "notify-video-check-declined",
    });
    return person.displayName;
  });
}

/**
 * The person withdraws their open request, taken or not: nobody takes, joins or decides it any
 * more, and an operator who took it is told. VideoCheckStatus has no "cancelled": a withdrawn
 * request is given up ("expired") as one past its time is, which is all anything reads from it.
 */
export async function cancelVideoCheck(db: Database, userId: string, checkId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const check = await lockCheck(tx, checkId);
    if (check.userId !== userId) throw new AppError("not-found");
    requireOpen(check, now);
    const { user } = await tx.videoCheck.update({
      where: { id: checkId },
      data: { status: "expired", decidedAt: now },
      select: { user: { select: { displayName: true } } },
    });
    if (!check.operatorId) return;
    await queueNotification(tx, {
      userId: check.operatorId,
      messageKey: "notify-video-check-cancelled",
      params: { name: user.displayName },
    });
  });
}

/**
 * For the room upkeep: every request no operator took within VIDEO_CHECK_WAIT_MS is given up, and
 * its person told, with a button to ask again. The operatorId test is on the row itself, so a take
 * committing at the same moment (it sets it under the row's lock) is seen, and that request kept.
 * Returns how many were given up.
 */
export async function expireUntakenVideoChecks(db: Database, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<{ userId: string }[]>`
      UPDATE "VideoCheck" c SET status = 'expired', "decidedAt" = ${now}::timestamp
      WHERE c.status = 'requested' AND c."operatorId" IS NULL
        AND c."requestedAt" <= ${untakenGivenUpBefore(now)}::timestamp
        AND NOT EXISTS (SELECT 1 FROM "VideoRoom" r WHERE r."videoCheckId" = c.id)
      RETURNING c."userId"`;
    await queueNotifications(
      tx,
      expired.map(({ userId }) => ({
        userId,
        messageKey: "notify-video-check-expired",
        params: { hours: VIDEO_CHECK_WAIT_HOURS },
        buttons: [[videoCheckAgainButton()]],
      })),
    );
    return expired.length;
  });
}
