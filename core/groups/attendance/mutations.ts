import { metresBetween } from "../../cells.js";
import type { Database, Prisma } from "../../db/client.js";
import type { Meetup } from "../../db/generated/client.js";
import { AppError, parseOrRefuse } from "../../errors.js";
import { type Place, placeSchema } from "../../place.js";
import { markTrustStale } from "../../trust/mutations.js";
import { requireHostOrModerator } from "../meetups/mutations.js";
import { venueOf } from "../meetups/venue.js";
import { memberRole } from "../queries.js";
import { requireRole } from "../roles.js";
import { MAX_CODE_TRIES, newCheckInCode, refuseFarFromVenue, refuseOutsideCheckIn } from "./check-in.js";
import { listNotCheckedIn } from "./queries.js";

// Check-in during a meetup and, after it, who came: kept for the shared trust score and points.

type Tx = Prisma.TransactionClient;

/** A scheduled meetup inside its check-in window; refuses a cancelled one or the wrong moment. */
async function meetupOpenForCheckIn(tx: Tx, meetupId: string, now: Date): Promise<Meetup> {
  const meetup = await tx.meetup.findUnique({ where: { id: meetupId } });
  if (!meetup) throw new AppError("not-found");
  if (meetup.status === "cancelled") throw new AppError("meetup-cancelled");
  refuseOutsideCheckIn(meetup, now);
  return meetup;
}

/**
 * The host's check-in sheet: the code to show (made at the first show, the same at every show
 * after) and who is going but not checked in yet. Whoever shows it is there, so they are checked
 * in themselves if they said they would go.
 */
export async function openCheckIn(
  db: Database,
  userId: string,
  meetupId: string,
  now = new Date(),
): Promise<{ code: string; waiting: { userId: string; displayName: string }[] }> {
  const meetup = await meetupOpenForCheckIn(db, meetupId, now);
  await requireHostOrModerator(db, meetup, userId);
  await markPresent(db, meetupId, userId, now);
  return { code: await checkInCode(db, meetup), waiting: await listNotCheckedIn(db, meetupId) };
}

async function checkInCode(db: Database, meetup: Meetup): Promise<string> {
  const meetupId = meetup.id;
  if (meetup.checkInCode) return meetup.checkInCode;
  // Two shows at once keep whichever code was saved first.
  await db.meetup.updateMany({
    where: { id: meetupId, checkInCode: null },
    data: { checkInCode: newCheckInCode() },
  });
  const { checkInCode } = await db.meetup.findUniqueOrThrow({
    where: { id: meetupId },
    select: { checkInCode: true },
  });
  return checkInCode as string;
}

/**
 * A member going to the meetup, with their RSVP locked so that their code tries take turns
 * (a burst of guesses cannot all count as the first).
 */
async function attendeeRsvp(tx: Tx, meetupId: string, userId: string, now: Date) {
  const meetup = await meetupOpenForCheckIn(tx, meetupId, now);
  requireRole(await memberRole(tx, meetup.groupId, userId), "member");
  await tx.$queryRaw`SELECT 1 FROM "Rsvp" WHERE "meetupId" = ${meetupId}::uuid AND "userId" = ${userId}::uuid FOR NO KEY UPDATE`;
  const rsvp = await tx.rsvp.findUnique({ where: { meetupId_userId: { meetupId, userId } } });
  if (rsvp?.status !== "going") throw new AppError("checkin-not-going");
  return { meetup, rsvp };
}

/** Only people going can be present: anyone else's answer stays as it is. */
async function markPresent(tx: Tx, meetupId: string, userId: string, now: Date): Promise<void> {
  await tx.rsvp.updateMany({
    where: { meetupId, userId, status: "going", checkedInAt: null },
    data: { checkedInAt: now },
  });
}

/** An attendee types the host's code; wrong tries are counted, and after MAX_CODE_TRIES only the host can help. */
export async function checkInWithCode(
  db: Database,
  userId: string,
  meetupId: string,
  code: string,
  now = new Date(),
): Promise<void> {
  const wrong = await db.$transaction(async (tx) => {
    const { meetup, rsvp } = await attendeeRsvp(tx, meetupId, userId, now);
    if (rsvp.checkedInAt) return undefined;
    const tries = await tx.checkInAttempt.count({ where: { meetupId, userId } });
    if (tries >= MAX_CODE_TRIES) throw new AppError("checkin-too-many-attempts");
    if (meetup.checkInCode !== null && code.trim() === meetup.checkInCode) {
      await markPresent(tx, meetupId, userId, now);
      return undefined;
    }
    // Committed before the refusal is thrown: a wrong try must count even though it changes nothing else.
    await tx.checkInAttempt.create({ data: { meetupId, userId, createdAt: now } });
    return { left: MAX_CODE_TRIES - tries - 1 };
  });
  if (wrong) throw new AppError("checkin-code-wrong", wrong);
}

/** An attendee shares where they are; within CHECKIN_RADIUS_M of the venue they are there. The point is not kept. */
export async function checkInWithPlace(
  db: Database,
  userId: string,
  meetupId: string,
  place: Place,
  now = new Date(),
): Promise<void> {
  const here = parseOrRefuse(placeSchema, place);
  await db.$transaction(async (tx) => {
    const { meetup, rsvp } = await attendeeRsvp(tx, meetupId, userId, now);
    if (rsvp.checkedInAt) return;
    refuseFarFromVenue(metresBetween(here, venueOf(meetup)));
    await markPresent(tx, meetupId, userId, now);
  });
}

/** The host checks in someone going who cannot (no phone, too many wrong codes). */
export async function checkInFor(
  db: Database,
  hostId: string,
  meetupId: string,
  attendeeId: string,
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const meetup = await meetupOpenForCheckIn(tx, meetupId, now);
    await requireHostOrModerator(tx, meetup, hostId);
    const rsvp = await tx.rsvp.findUnique({ where: { meetupId_userId: { meetupId, userId: attendeeId } } });
    if (rsvp?.status !== "going") throw new AppError("checkin-not-going");
    await markPresent(tx, meetupId, attendeeId, now);
  });
}

/**
 * After the end, records who came: people going who checked in attended. Where check-in was used
 * (the host opened a code) those who did not are no-shows; elsewhere nobody could check in, and
 * their attendance stays unknown rather than counting against them. A workout's attendance comes
 * from its video room instead (core/workouts/attendance), so workouts are left to that.
 */
export async function settleAttendance(db: Database, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const ended = await tx.meetup.updateManyAndReturn({
      where: { status: "scheduled", endAt: { lte: now }, settledAt: null, room: { is: null } },
      data: { settledAt: now },
      select: { id: true, checkInCode: true },
    });
    const going = { status: "going" as const };
    await tx.rsvp.updateMany({
      where: { ...going, meetupId: { in: ended.map(({ id }) => id) }, checkedInAt: { not: null } },
      data: { attended: true },
    });
    const checkInUsed = ended.filter(({ checkInCode }) => checkInCode !== null).map(({ id }) => id);
    const missed = await tx.rsvp.updateManyAndReturn({
      where: { ...going, meetupId: { in: checkInUsed }, checkedInAt: null },
      data: { attended: false },
      select: { userId: true },
    });
    await markTrustStale(
      tx,
      missed.map(({ userId }) => userId),
      now,
    );
    return ended.length;
  });
}
