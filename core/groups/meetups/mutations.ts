import type { Database, Prisma } from "../../db/client.js";
import type { Meetup } from "../../db/generated/client.js";
import { AppError, parseOrRefuse } from "../../errors.js";
import type { Profile } from "../../identity/types.js";
import { refuseProfanity } from "../../moderation/profanity.js";
import type { MessageContent } from "../../notifications/types.js";
import { spendWithin } from "../../points/mutations.js";
import { spendableBalance } from "../../points/queries.js";
import { pointSettings } from "../../points/settings.js";
import { hoursUntil } from "../../time/format.js";
import { workoutAnnouncement } from "../../workouts/messages.js";
import { endCancelledRoom, moveWorkoutRoom, openWorkoutRoom } from "../../workouts/rooms/mutations.js";
import { memberRole } from "../queries.js";
import { requireRole } from "../roles.js";
import { fillFreeSeats, lockedMeetup } from "../rsvp/mutations.js";
import { answeredBy } from "../rsvp/queries.js";
import { changedParts, changeParams } from "./edits.js";
import { meetupCardButton, rsvpButtons } from "./messages.js";
import { notifyEach, postToGroupChats, recipientColumns, recipientOf } from "./notices.js";
import { checkMeetupTimes, refuseClosed } from "./rules.js";
import { type MeetupChanges, type MeetupInput, meetupChangesSchema, meetupInputSchema } from "./schema.js";
import { venueColumns } from "./venue.js";

// A meetup's life: planned (alone or as a series' first), changed, called off. Answers to it are
// in rsvp/, the series' later occurrences in series/, its reminders in reminders/.

type Tx = Prisma.TransactionClient;

const HOUR_MS = 60 * 60_000;

/** The host runs their meetup; the group's moderators and owner may step in. */
export async function requireHostOrModerator(tx: Tx, meetup: Meetup, userId: string): Promise<void> {
  const role = requireRole(await memberRole(tx, meetup.groupId, userId), "member");
  if (meetup.hostId !== userId) requireRole(role, "moderator");
}

type NewMeetup = Pick<
  Meetup,
  | "groupId"
  | "hostId"
  | "title"
  | "startAt"
  | "endAt"
  | "placeLat"
  | "placeLng"
  | "placeLabel"
  | "capacity"
  | "costNote"
  | "playground"
  | "seriesId"
  | "seriesIndex"
  | "workoutKind"
>;

/** What the group hears of a new meetup: a venue's one-tap answers, or a workout's and its room. */
function announcementOf(meetup: Meetup, groupName: string, now: Date): MessageContent {
  if (meetup.workoutKind)
    return workoutAnnouncement({ ...meetup, workoutKind: meetup.workoutKind }, groupName, now);
  return { messageKey: "notify-meetup-new", params: { group: groupName }, buttons: rsvpButtons(meetup.id) };
}

/**
 * Saves a meetup with its host going and its reminders owed, and offers every other member one-tap
 * answers. A workout gets its video room with it, so every occurrence of a series has its own.
 */
export async function insertMeetup(tx: Tx, data: NewMeetup, now: Date): Promise<string> {
  const meetup = await tx.meetup.create({
    data: {
      ...data,
      goingCount: 1,
      remindersDueAt: now,
      rsvps: { create: { userId: data.hostId, status: "going", respondedAt: now } },
    },
    include: { group: { select: { name: true } } },
  });
  if (meetup.workoutKind) await openWorkoutRoom(tx, meetup);
  const members = await tx.groupMember.findMany({
    where: { groupId: data.groupId, userId: { not: data.hostId } },
    orderBy: { joinedAt: "asc" },
    select: recipientColumns,
  });
  const announcement = announcementOf(meetup, meetup.group.name, now);
  await notifyEach(tx, meetup, members.map(recipientOf), announcement);
  await postToGroupChats(tx, meetup, announcement);
  return meetup.id;
}

/**
 * A moderator or the owner plans a meetup of the group, and is its host. With a recurrence, it
 * is the first occurrence of a series counted on the host's clocks (see extendSeries).
 */
export async function createMeetup(
  db: Database,
  profile: Profile,
  input: MeetupInput,
  now = new Date(),
): Promise<string> {
  const meetup = parseOrRefuse(meetupInputSchema, input);
  refuseProfanity(meetup.title, meetup.costNote, meetup.place.label);
  checkMeetupTimes(meetup, now);
  return db.$transaction(async (tx) => {
    requireRole(await memberRole(tx, meetup.groupId, profile.userId), "moderator");
    const group = await tx.group.findUniqueOrThrow({
      where: { id: meetup.groupId },
      select: { playground: true },
    });
    const series = meetup.recurrence
      ? await tx.meetupSeries.create({
          data: {
            groupId: meetup.groupId,
            hostId: profile.userId,
            recurrence: meetup.recurrence,
            timeZone: profile.timeZone,
          },
          select: { id: true },
        })
      : undefined;
    return insertMeetup(
      tx,
      {
        groupId: meetup.groupId,
        hostId: profile.userId,
        title: meetup.title,
        startAt: meetup.startAt,
        endAt: meetup.endAt,
        ...venueColumns(meetup.place),
        capacity: meetup.capacity ?? null,
        costNote: meetup.costNote ?? null,
        playground: group.playground,
        seriesId: series?.id ?? null,
        seriesIndex: series ? 0 : null,
        workoutKind: null,
      },
      now,
    );
  });
}

/**
 * The host (or a moderator) changes a meetup. A new time is checked like a new meetup's; a
 * capacity may not drop below the people going, and raising it lets the waitlist in. Everyone
 * going or maybe hears what changed.
 */
export async function editMeetup(
  db: Database,
  userId: string,
  meetupId: string,
  changes: MeetupChanges,
  now = new Date(),
): Promise<void> {
  const edit = parseOrRefuse(meetupChangesSchema, changes);
  refuseProfanity(edit.title, edit.costNote, edit.place?.label);
  if (edit.times) checkMeetupTimes(edit.times, now);
  await db.$transaction(async (tx) => {
    const meetup = await lockedMeetup(tx, meetupId);
    await requireHostOrModerator(tx, meetup, userId);
    refuseClosed(meetup, now);
    const changed = changedParts(meetup, edit);
    if (changed.includes("time") && meetup.startAt <= now) throw new AppError("meetup-started");
    if (edit.capacity !== undefined && edit.capacity < meetup.goingCount) {
      throw new AppError("meetup-capacity-below-going", { going: meetup.goingCount });
    }
    if (changed.length === 0) return;
    const updated = await tx.meetup.update({
      where: { id: meetupId },
      data: {
        ...(edit.title ? { title: edit.title } : {}),
        ...(edit.times ?? {}),
        ...(edit.place ? venueColumns(edit.place) : {}),
        ...(edit.capacity !== undefined ? { capacity: edit.capacity } : {}),
        ...(edit.costNote ? { costNote: edit.costNote } : {}),
        // A new version for any change: the Discord event follows it, and the reminder jobs,
        // queued per version, are queued again (a reminder already sent for this start is not).
        version: { increment: 1 },
        remindersDueAt: now,
      },
    });
    await notifyEach(tx, updated, await answeredBy(tx, meetupId, ["going", "maybe"], userId), {
      messageKey: "notify-meetup-changed",
      params: changeParams(changed, updated),
      buttons: [[meetupCardButton(meetupId)]],
    });
    if (changed.includes("time")) await moveWorkoutRoom(tx, updated);
    // After the notice of the change: whoever a larger capacity lets in hears of it in their own.
    if (changed.includes("capacity")) await fillFreeSeats(tx, updated);
  });
}

/** Calls a meetup off: its reminders are withdrawn, and everyone who answered anything but "can't" hears. */
export async function cancelMeetup(db: Database, userId: string, meetupId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const meetup = await lockedMeetup(tx, meetupId);
    await requireHostOrModerator(tx, meetup, userId);
    refuseClosed(meetup, now);
    const cancelled = await tx.meetup.update({
      where: { id: meetupId },
      data: { status: "cancelled", cancelledAt: now, version: { increment: 1 }, remindersDueAt: now },
    });
    await endCancelledRoom(tx, meetupId, now);
    const told = await answeredBy(tx, meetupId, ["going", "maybe", "waitlisted"], userId);
    await notifyEach(tx, cancelled, told, { messageKey: "notify-meetup-cancelled" });
  });
}

/** Until when a pin made now shows the meetup: `meetupPinHours`, never past its end. */
function pinEnd(meetup: Meetup, now: Date): Date {
  return new Date(Math.min(now.getTime() + pointSettings.meetupPinHours * HOUR_MS, meetup.endAt.getTime()));
}

/** Whatever refuses this person pinning this meetup now, the points aside. */
async function refusePin(tx: Tx, meetup: Meetup, userId: string, now: Date): Promise<void> {
  await requireHostOrModerator(tx, meetup, userId);
  refuseClosed(meetup, now);
  if (meetup.pinnedUntil && meetup.pinnedUntil > now)
    throw new AppError("meetup-already-pinned", { hours: hoursUntil(meetup.pinnedUntil, now) });
}

export interface PinOffer {
  title: string;
  price: number;
  balance: number;
  /** How long the pin would show the meetup. */
  hours: number;
}

/**
 * What a pin would cost and give, for the question before it; refused at once for whatever would
 * refuse the pin itself, points short included, so nobody confirms what cannot happen.
 */
export async function meetupPinOffer(
  db: Database,
  userId: string,
  meetupId: string,
  now = new Date(),
): Promise<PinOffer> {
  const meetup = await db.meetup.findUnique({ where: { id: meetupId } });
  if (!meetup) throw new AppError("not-found");
  await refusePin(db, meetup, userId, now);
  const { price } = pointSettings.spending.meetup_pin;
  const balance = await spendableBalance(db, userId);
  if (balance < price) throw new AppError("points-not-enough", { balance, needed: price });
  return { title: meetup.title, price, balance, hours: hoursUntil(pinEnd(meetup, now), now) };
}

/**
 * Shows a meetup first to the neighbourhood for `meetupPinHours` (never past its end), paid with
 * the host's or a moderator's points (meetup_pin). Under the meetup's lock, and keyed by the pin
 * it follows, so a double tap pays once; a meetup still pinned is refused, not paid for again.
 */
export async function pinMeetup(
  db: Database,
  userId: string,
  meetupId: string,
  now = new Date(),
): Promise<Date> {
  return db.$transaction(async (tx) => {
    const meetup = await lockedMeetup(tx, meetupId);
    await refusePin(tx, meetup, userId, now);
    const cause = `pin:${meetupId}:${meetup.pinnedUntil?.getTime() ?? 0}`;
    await spendWithin(tx, { userId, kind: "meetup_pin", cause }, now);
    const until = pinEnd(meetup, now);
    await tx.meetup.update({ where: { id: meetupId }, data: { pinnedUntil: until } });
    return until;
  });
}
