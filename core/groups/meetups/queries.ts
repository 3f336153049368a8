import { boundingBox, metresBetween } from "../../cells.js";
import type { Database, Prisma } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { isVerified } from "../../identity/verification.js";
import { reputationsOf } from "../../trust/queries.js";
import type { Reputation } from "../../trust/types.js";
import { goalOf } from "../../workouts/goal.js";
import { memberRole } from "../queries.js";
import { type GroupRole, requireRole, runsMeetup } from "../roles.js";
import type { MeetupCard, MeetupLine } from "./types.js";
import { roughVenue, venueOf } from "./venue.js";

/** Reads run on the client or inside a caller's transaction alike. */
type Reader = Prisma.TransactionClient;

const LIST_SIZE = 10;
/** Names on a card; a crowd beyond this is a number. */
const NAMES_SHOWN = 30;

/** 1 for the first in line: how many waiting people hold a lower number, plus one. */
export async function waitlistPosition(db: Reader, meetupId: string, waitlistNo: number): Promise<number> {
  const ahead = await db.rsvp.count({
    where: { meetupId, status: "waitlisted", waitlistNo: { lt: waitlistNo } },
  });
  return ahead + 1;
}

function lineColumns(viewerId: string) {
  return {
    id: true,
    title: true,
    startAt: true,
    endAt: true,
    capacity: true,
    goingCount: true,
    group: { select: { name: true } },
    rsvps: { where: { userId: viewerId }, select: { status: true } },
  } satisfies Prisma.MeetupSelect;
}

type LineRow = Prisma.MeetupGetPayload<{ select: ReturnType<typeof lineColumns> }>;

function lineOf(row: LineRow): MeetupLine {
  const { group, rsvps, ...meetup } = row;
  return { ...meetup, groupName: group.name, myStatus: rsvps[0]?.status };
}

const upcoming = (now: Date) => ({ status: "scheduled" as const, endAt: { gt: now } });

/** A group's meetups still to come or under way, soonest first; members only. */
export async function listGroupMeetups(
  db: Database,
  viewerId: string,
  groupId: string,
  now = new Date(),
): Promise<{ role: GroupRole; meetups: MeetupLine[] }> {
  const role = requireRole(await memberRole(db, groupId, viewerId), "member");
  const rows = await db.meetup.findMany({
    where: { groupId, ...upcoming(now) },
    orderBy: { startAt: "asc" },
    take: LIST_SIZE,
    select: lineColumns(viewerId),
  });
  return { role, meetups: rows.map(lineOf) };
}

/** Meetups to come in every group the person is in, answered or not, soonest first. */
export async function listMyMeetups(db: Database, userId: string, now = new Date()): Promise<MeetupLine[]> {
  const rows = await db.meetup.findMany({
    where: { ...upcoming(now), group: { members: { some: { userId } } } },
    orderBy: { startAt: "asc" },
    take: LIST_SIZE,
    select: lineColumns(userId),
  });
  return rows.map(lineOf);
}

/**
 * A meetup as the viewer sees it. Members see the venue exactly and who is going; anyone else in
 * the same world (playground or not) sees roughly where, and how many.
 */
export async function getMeetupCard(
  db: Database,
  viewerId: string,
  meetupId: string,
  now = new Date(),
): Promise<MeetupCard> {
  const meetup = await db.meetup.findUnique({
    where: { id: meetupId },
    include: {
      group: { select: { name: true, goalPeriod: true, goalSessions: true, goalMinutes: true } },
      series: { select: { recurrence: true, stoppedAt: true } },
    },
  });
  const viewer = await db.user.findUnique({ where: { id: viewerId }, select: { playground: true } });
  if (!meetup || viewer?.playground !== meetup.playground) throw new AppError("not-found");
  const role = await memberRole(db, meetup.groupId, viewerId);
  const mine = await db.rsvp.findUnique({ where: { meetupId_userId: { meetupId, userId: viewerId } } });
  const going = role
    ? await db.rsvp.findMany({
        where: { meetupId, status: "going" },
        orderBy: { respondedAt: "asc" },
        take: NAMES_SHOWN,
        select: { userId: true, user: { select: { displayName: true, verifiedAt: true } } },
      })
    : [];
  const reputations = await reputationsOf(
    db,
    going.map((row) => row.userId),
  );
  const venue = venueOf(meetup);
  return {
    id: meetup.id,
    groupId: meetup.groupId,
    groupName: meetup.group.name,
    title: meetup.title,
    startAt: meetup.startAt,
    endAt: meetup.endAt,
    place: role ? venue : roughVenue(meetup),
    capacity: meetup.capacity,
    goingCount: meetup.goingCount,
    waitlistLength: await db.rsvp.count({ where: { meetupId, status: "waitlisted" } }),
    costNote: meetup.costNote,
    cancelled: meetup.status === "cancelled",
    recurrence: meetup.series && !meetup.series.stoppedAt ? meetup.series.recurrence : undefined,
    going: going.map((row) => ({
      displayName: row.user.displayName,
      verified: isVerified(row.user),
      reputation: reputations.get(row.userId) as Reputation,
    })),
    workout: meetup.workoutKind
      ? {
          kind: meetup.workoutKind,
          minutes: Math.round((meetup.endAt.getTime() - meetup.startAt.getTime()) / 60_000),
          goal: goalOf(meetup.group),
        }
      : undefined,
    pinnedUntil: meetup.pinnedUntil && meetup.pinnedUntil > now ? meetup.pinnedUntil : null,
    viewer: {
      role,
      isHost: meetup.hostId === viewerId,
      runs: runsMeetup(role, meetup.hostId === viewerId),
      rsvp: mine?.status,
      waitlistPosition: mine?.waitlistNo ? await waitlistPosition(db, meetupId, mine.waitlistNo) : undefined,
      checkedIn: mine?.checkedInAt != null,
    },
  };
}

/** At most this many pinned meetups head a neighbourhood's list. */
const PINNED_SHOWN = 3;

/**
 * Meetups pinned now (paid with points) whose venue lies within `radiusM` of a point, in the same
 * world, soonest first: what heads the neighbourhood's list of groups. Pins are few at any moment,
 * so the pinnedUntil index leads and the distance is measured on what it finds.
 */
export async function listPinnedMeetupsNear(
  db: Database,
  near: { playground: boolean; lat: number; lng: number; radiusM: number; viewerId: string },
  now = new Date(),
): Promise<MeetupLine[]> {
  const box = boundingBox(near.lat, near.lng, near.radiusM);
  const rows = await db.meetup.findMany({
    where: {
      ...upcoming(now),
      pinnedUntil: { gt: now },
      playground: near.playground,
      placeLat: { gte: box.minLat, lte: box.maxLat },
      placeLng: { gte: box.minLng, lte: box.maxLng },
    },
    orderBy: { startAt: "asc" },
    select: { ...lineColumns(near.viewerId), placeLat: true, placeLng: true },
  });
  return rows
    .filter((row) => metresBetween(near, { lat: row.placeLat, lng: row.placeLng }) <= near.radiusM)
    .slice(0, PINNED_SHOWN)
    .map(({ placeLat: _lat, placeLng: _lng, ...line }) => lineOf(line));
}
