import type { Database, Prisma } from "../../db/client.js";
import type { Meetup } from "../../db/generated/client.js";
import { AppError, parseOrRefuse } from "../../errors.js";
import { giveBackButtons } from "../meetups/messages.js";
import { notifyEach, recipientColumns, recipientOf } from "../meetups/notices.js";
import { waitlistPosition } from "../meetups/queries.js";
import { refuseClosed } from "../meetups/rules.js";
import { rsvpAnswerSchema } from "../meetups/schema.js";
import type { RsvpAnswer, RsvpResult } from "../meetups/types.js";
import { memberRole } from "../queries.js";
import { requireRole } from "../roles.js";
import { decideRsvp, type RsvpChange } from "./rules.js";

type Tx = Prisma.TransactionClient;

/**
 * Locks the meetup so that answers to it take turns, each seeing the seats the one before left.
 * NO KEY UPDATE still lets rows that merely reference it (reminders, check-in tries) be written.
 */
export async function lockedMeetup(tx: Tx, meetupId: string): Promise<Meetup> {
  // Read and locked in one round trip: every RSVP of a busy meetup waits in line for this lock.
  const [meetup] = await tx.$queryRaw<Meetup[]>`
    SELECT * FROM "Meetup" WHERE id = ${meetupId}::uuid FOR NO KEY UPDATE`;
  if (!meetup) throw new AppError("not-found");
  return meetup;
}

/**
 * A member answers going, maybe or can't. Under the meetup's lock: "going" takes a seat while
 * there is one and joins the waitlist otherwise; leaving "going" gives the seat to the first in
 * line. The same answer again changes nothing.
 */
export async function answerRsvp(
  db: Database,
  userId: string,
  meetupId: string,
  answer: RsvpAnswer,
  now = new Date(),
): Promise<RsvpResult> {
  const given = parseOrRefuse(rsvpAnswerSchema, answer);
  return db.$transaction(async (tx) => {
    const meetup = await lockedMeetup(tx, meetupId);
    requireRole(await memberRole(tx, meetup.groupId, userId), "member");
    refuseClosed(meetup, now);
    const current = await tx.rsvp.findUnique({
      where: { meetupId_userId: { meetupId, userId } },
      select: { status: true, waitlistNo: true },
    });
    const change = decideRsvp(current?.status, given, meetup);
    if (change) await applyRsvp(tx, meetup, userId, change, now);
    // No change means the same answer again, so there is a current one.
    const { status, waitlistNo } = change ?? (current as NonNullable<typeof current>);
    return {
      status,
      waitlistPosition: waitlistNo === null ? undefined : await waitlistPosition(tx, meetupId, waitlistNo),
    };
  });
}

/**
 * Someone left the group or was removed: their answers to its meetups still ahead become "can't",
 * so a seat they held goes to the waitlist and nothing more about those meetups (the venue, the
 * reminders) reaches them. Call it in the transaction that removes the member.
 */
export async function withdrawFromGroupMeetups(tx: Tx, groupId: string, userId: string, now: Date) {
  const answers = await tx.rsvp.findMany({
    where: {
      userId,
      status: { not: "declined" },
      meetup: { groupId, status: "scheduled", endAt: { gt: now } },
    },
    orderBy: { meetupId: "asc" },
    select: { meetupId: true, status: true },
  });
  for (const { meetupId, status } of answers) {
    const meetup = await lockedMeetup(tx, meetupId);
    const change = decideRsvp(status, "declined", meetup);
    if (change) await applyRsvp(tx, meetup, userId, change, now);
  }
}

async function applyRsvp(tx: Tx, meetup: Meetup, userId: string, change: RsvpChange, now: Date) {
  const answer = { status: change.status, waitlistNo: change.waitlistNo, respondedAt: now };
  await tx.rsvp.upsert({
    where: { meetupId_userId: { meetupId: meetup.id, userId } },
    create: { meetupId: meetup.id, userId, ...answer },
    update: answer,
  });
  const seats = await tx.meetup.update({
    where: { id: meetup.id },
    data: {
      goingCount: { increment: change.goingDelta },
      ...(change.waitlistNo === null ? {} : { nextWaitlistNo: { increment: 1 } }),
    },
  });
  if (change.goingDelta < 0) await fillFreeSeats(tx, seats);
}

/** Gives free seats to the waitlist in the order people joined it, and tells each they are in. */
export async function fillFreeSeats(tx: Tx, meetup: Meetup): Promise<void> {
  const free = meetup.capacity === null ? undefined : meetup.capacity - meetup.goingCount;
  if (free !== undefined && free <= 0) return;
  const promoted = await tx.rsvp.findMany({
    where: { meetupId: meetup.id, status: "waitlisted" },
    orderBy: { waitlistNo: "asc" },
    take: free,
    select: recipientColumns,
  });
  if (promoted.length === 0) return;
  await tx.rsvp.updateMany({
    where: { meetupId: meetup.id, userId: { in: promoted.map((row) => row.userId) } },
    data: { status: "going", waitlistNo: null },
  });
  await tx.meetup.update({ where: { id: meetup.id }, data: { goingCount: { increment: promoted.length } } });
  await notifyEach(tx, meetup, promoted.map(recipientOf), {
    messageKey: "notify-meetup-promoted",
    buttons: giveBackButtons(meetup.id),
  });
}
