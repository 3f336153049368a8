import type { Database, Prisma } from "../../db/client.js";
import { isUniqueViolation } from "../../db/errors.js";
import type { Meetup } from "../../db/generated/client.js";
import { AppError, parseOrRefuse } from "../../errors.js";
import type { Profile } from "../../identity/types.js";
import { refuseProfanity } from "../../moderation/profanity.js";
import { queueNotifications } from "../../notifications/mutations.js";
import type { MessageContent } from "../../notifications/types.js";
import { queueGroupChatPosts } from "../chats/posts.js";
import { memberRole } from "../queries.js";
import { hasRole, requireRole } from "../roles.js";
import { changedParts, changeParams } from "./edits.js";
import {
  giveBackButtons,
  type MeetupFacts,
  meetupCardButton,
  meetupParams,
  rsvpButtons,
} from "./messages.js";
import { waitlistPosition } from "./queries.js";
import { nextOccurrenceIndex, occurrenceStart } from "./recurrence.js";
import { reminderDue } from "./reminders.js";
import { decideRsvp, type RsvpChange } from "./rsvp.js";
import { checkMeetupTimes } from "./rules.js";
import {
  type MeetupChanges,
  type MeetupInput,
  meetupChangesSchema,
  meetupInputSchema,
  rsvpAnswerSchema,
} from "./schema.js";
import type { ReminderKind, RsvpAnswer, RsvpResult, RsvpStatus } from "./types.js";
import { type VenueReaders, venueColumns } from "./venue.js";

type Tx = Prisma.TransactionClient;

/**
 * Locks the meetup so that answers to it take turns, each seeing the seats the one before left.
 * NO KEY UPDATE still lets rows that merely reference it (reminders, check-in tries) be written.
 */
async function lockedMeetup(tx: Tx, meetupId: string): Promise<Meetup> {
  // Read and locked in one round trip: every RSVP of a busy meetup waits in line for this lock.
  const [meetup] = await tx.$queryRaw<Meetup[]>`
    SELECT * FROM "Meetup" WHERE id = ${meetupId}::uuid FOR NO KEY UPDATE`;
  if (!meetup) throw new AppError("not-found");
  return meetup;
}

/** The host runs their meetup; the group's moderators and owner may step in. */
export async function requireHostOrModerator(tx: Tx, meetup: Meetup, userId: string): Promise<void> {
  const role = requireRole(await memberRole(tx, meetup.groupId, userId), "member");
  if (meetup.hostId !== userId) requireRole(role, "moderator");
}

function refuseClosed(meetup: Meetup, now: Date): void {
  if (meetup.status === "cancelled") throw new AppError("meetup-cancelled");
  if (meetup.endAt <= now) throw new AppError("meetup-finished");
}

interface Recipient {
  userId: string;
  timeZone: string;
}

const recipientColumns = { userId: true, user: { select: { timeZone: true } } } as const;

function recipientOf(row: { userId: string; user: { timeZone: string } }): Recipient {
  return { userId: row.userId, timeZone: row.user.timeZone };
}

/** People who answered the meetup one of `statuses`, waitlist order first, except whoever made the change. */
async function answeredBy(tx: Tx, meetupId: string, statuses: RsvpStatus[], except?: string) {
  const rows = await tx.rsvp.findMany({
    where: { meetupId, status: { in: statuses }, ...(except ? { userId: { not: except } } : {}) },
    orderBy: [{ waitlistNo: "asc" }, { respondedAt: "asc" }],
    select: recipientColumns,
  });
  return rows.map(recipientOf);
}

/** The message with the meetup's title, time (on the reader's clocks) and venue in its params. */
function contentFor(
  meetup: MeetupFacts,
  readers: { timeZone: string; venue: VenueReaders },
  message: MessageContent,
): MessageContent {
  return {
    messageKey: message.messageKey,
    params: { ...meetupParams(meetup, readers.timeZone, readers.venue), ...message.params },
    ...(message.buttons ? { buttons: message.buttons } : {}),
  };
}

/** One notification per recipient, with the meetup's time written on their own clocks. */
async function notifyEach(tx: Tx, meetup: MeetupFacts, recipients: Recipient[], message: MessageContent) {
  await queueNotifications(
    tx,
    recipients.map(({ userId, timeZone }) => ({
      userId,
      ...contentFor(meetup, { timeZone, venue: "members" }, message),
    })),
  );
}

/** The same to the chats linked to the group, on the clock of whoever linked each, with the venue's rough area. */
async function postToGroupChats(tx: Tx, meetup: MeetupFacts & { groupId: string }, message: MessageContent) {
  await queueGroupChatPosts(tx, meetup.groupId, ({ timeZone }) =>
    contentFor(meetup, { timeZone, venue: "chat" }, message),
  );
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
>;

/** Saves a meetup with its host going and its reminders owed, and offers every other member one-tap answers. */
async function insertMeetup(tx: Tx, data: NewMeetup, now: Date): Promise<string> {
  const meetup = await tx.meetup.create({
    data: {
      ...data,
      goingCount: 1,
      remindersDueAt: now,
      rsvps: { create: { userId: data.hostId, status: "going", respondedAt: now } },
    },
    include: { group: { select: { name: true } } },
  });
  const members = await tx.groupMember.findMany({
    where: { groupId: data.groupId, userId: { not: data.hostId } },
    orderBy: { joinedAt: "asc" },
    select: recipientColumns,
  });
  const announcement = {
    messageKey: "notify-meetup-new",
    params: { group: meetup.group.name },
    buttons: rsvpButtons(meetup.id),
  };
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
      },
      now,
    );
  });
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
async function fillFreeSeats(tx: Tx, meetup: Meetup): Promise<void> {
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
    const told = await answeredBy(tx, meetupId, ["going", "maybe", "waitlisted"], userId);
    await notifyEach(tx, cancelled, told, { messageKey: "notify-meetup-cancelled" });
  });
}

/**
 * Makes the next occurrence of each running series whose latest occurrence has started, so one
 * is always ahead. Two workers at once are harmless: the series' lock makes them take turns, and
 * the unique (seriesId, seriesIndex) refuses a second copy.
 */
export async function extendSeries(db: Database, now = new Date()): Promise<number> {
  const due = await db.meetupSeries.findMany({
    where: { stoppedAt: null, meetups: { none: { startAt: { gt: now } } } },
    select: { id: true },
    take: 100,
  });
  let made = 0;
  for (const { id } of due) {
    try {
      made += await extendOneSeries(db, id, now);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return made;
}

/**
 * What a new occurrence takes from the latest one: a changed title, venue or capacity carries on,
 * while its time is counted from the first (occurrenceStart).
 */
function carriedOver(latest: Meetup) {
  const { groupId, hostId, title, placeLat, placeLng, placeLabel, capacity, costNote, playground } = latest;
  return { groupId, hostId, title, placeLat, placeLng, placeLabel, capacity, costNote, playground };
}

async function extendOneSeries(db: Database, seriesId: string, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "MeetupSeries" WHERE id = ${seriesId}::uuid FOR NO KEY UPDATE`;
    const series = await tx.meetupSeries.findUniqueOrThrow({ where: { id: seriesId } });
    const first = await tx.meetup.findFirst({ where: { seriesId }, orderBy: { seriesIndex: "asc" } });
    const latest = await tx.meetup.findFirst({ where: { seriesId }, orderBy: { seriesIndex: "desc" } });
    if (series.stoppedAt || !first || !latest || latest.startAt > now) return 0;
    // A host who is no longer a moderator (or left) no longer hosts: their series ends with them.
    const role = await memberRole(tx, series.groupId, series.hostId);
    if (!role || !hasRole(role, "moderator")) {
      await tx.meetupSeries.update({ where: { id: seriesId }, data: { stoppedAt: now } });
      return 0;
    }
    const index = nextOccurrenceIndex(
      first.startAt,
      series.recurrence,
      series.timeZone,
      latest.seriesIndex ?? 0,
      now,
    );
    const startAt = occurrenceStart(first.startAt, series.recurrence, series.timeZone, index);
    const length = first.endAt.getTime() - first.startAt.getTime();
    await insertMeetup(
      tx,
      {
        ...carriedOver(latest),
        startAt,
        endAt: new Date(startAt.getTime() + length),
        seriesId,
        seriesIndex: index,
      },
      now,
    );
    return 1;
  });
}

/** Ends a series: its meetups already made stay, no new ones come. */
export async function stopSeries(db: Database, userId: string, meetupId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const meetup = await tx.meetup.findUnique({
      where: { id: meetupId },
      select: { groupId: true, seriesId: true },
    });
    if (!meetup?.seriesId) throw new AppError("not-found");
    requireRole(await memberRole(tx, meetup.groupId, userId), "moderator");
    await tx.meetupSeries.updateMany({
      where: { id: meetup.seriesId, stoppedAt: null },
      data: { stoppedAt: now },
    });
  });
}

/**
 * The worker queued the reminder jobs of these meetups at these versions: it records that, in one
 * UPDATE, and each debt is paid unless that meetup changed meanwhile (then the next scan queues
 * the new version's jobs; any job left behind reads the meetup when it runs and sends nothing out
 * of time, see reminderDue). Returns how many were paid.
 */
export async function markRemindersScheduled(
  db: Database,
  scheduled: { id: string; version: number }[],
): Promise<number> {
  if (scheduled.length === 0) return 0;
  return db.$executeRaw`
    UPDATE "Meetup" m SET "remindersVersion" = s.version, "remindersDueAt" = NULL
    FROM unnest(${scheduled.map(({ id }) => id)}::uuid[], ${scheduled.map(({ version }) => version)}::int[])
      AS s(id, version)
    WHERE m.id = s.id AND m.version = s.version`;
}

/**
 * Sends one reminder of a meetup, if it is still scheduled and the reminder is due for its start
 * as it stands now (reminderDue): to the people going, and a day ahead to the first on the waitlist too.
 * The MeetupReminder row is written with the notifications, so a retried or duplicated job finds
 * it and sends nothing. Returns how many people were reminded.
 */
export async function sendMeetupReminder(
  db: Database,
  job: { meetupId: string; kind: ReminderKind },
  now = new Date(),
): Promise<number> {
  return db.$transaction(async (tx) => {
    const meetup = await tx.meetup.findUnique({ where: { id: job.meetupId } });
    if (meetup?.status !== "scheduled" || !reminderDue(job.kind, meetup.startAt, now)) return 0;
    const { count } = await tx.meetupReminder.createMany({
      data: [{ meetupId: meetup.id, kind: job.kind, startAt: meetup.startAt, sentAt: now }],
      skipDuplicates: true,
    });
    if (count === 0) return 0;
    const going = await answeredBy(tx, meetup.id, ["going"]);
    const messageKey = job.kind === "day" ? "notify-meetup-reminder-day" : "notify-meetup-reminder-hour";
    await notifyEach(tx, meetup, going, {
      messageKey,
      buttons: giveBackButtons(meetup.id),
    });
    await postToGroupChats(tx, meetup, { messageKey, buttons: [[meetupCardButton(meetup.id)]] });
    const [nextInLine] = job.kind === "day" ? await answeredBy(tx, meetup.id, ["waitlisted"]) : [];
    if (nextInLine) {
      await notifyEach(tx, meetup, [nextInLine], {
        messageKey: "notify-meetup-reminder-waitlist",
        buttons: giveBackButtons(meetup.id),
      });
    }
    return going.length + (nextInLine ? 1 : 0);
  });
}
