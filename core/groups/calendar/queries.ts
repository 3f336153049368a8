import type { Database } from "../../db/client.js";
import type { FieldCipher } from "../../identity/pii.js";
import { feedTokenDigest } from "./token.js";
import {
  CALENDAR_MAX_EVENTS,
  CALENDAR_PAST_DAYS,
  type CalendarAnswer,
  type CalendarMeetup,
} from "./types.js";

const DAY_MS = 24 * 60 * 60_000;
const IN_CALENDAR: CalendarAnswer[] = ["going", "maybe", "waitlisted"];

/**
 * The person whose feed `token` opens, or undefined. Every token, malformed ones too, costs the
 * same digest and one lookup by it, so how fast a wrong address fails says nothing about it.
 */
export async function findFeedOwner(
  db: Database,
  pii: FieldCipher,
  token: string,
): Promise<string | undefined> {
  const feed = await db.calendarFeed.findUnique({
    where: { tokenDigest: feedTokenDigest(pii, token) },
    select: { userId: true },
  });
  return feed?.userId;
}

const meetupColumns = {
  id: true,
  version: true,
  title: true,
  startAt: true,
  endAt: true,
  updatedAt: true,
  placeLat: true,
  placeLng: true,
  placeLabel: true,
  costNote: true,
  workoutKind: true,
  status: true,
  group: { select: { name: true } },
} as const;

interface Waiting {
  meetupId: string;
  waitlistNo: number;
}

/** How many wait in line up to and including the person, per meetup: their place in the line. */
async function waitlistPositions(db: Database, waiting: Waiting[]): Promise<Map<string, number>> {
  if (waiting.length === 0) return new Map();
  const lines = await db.rsvp.groupBy({
    by: ["meetupId"],
    where: {
      status: "waitlisted",
      OR: waiting.map(({ meetupId, waitlistNo }) => ({ meetupId, waitlistNo: { lte: waitlistNo } })),
    },
    _count: { _all: true },
  });
  return new Map(lines.map((line) => [line.meetupId, line._count._all]));
}

/**
 * The meetups for the person's calendar: those they said going or maybe to or wait for, of
 * groups they still belong to (only members see a venue), ending no earlier than 30 days ago,
 * soonest first and at most CALENDAR_MAX_EVENTS. Cancelled ones stay, so calendar apps drop them.
 */
export async function listCalendarMeetups(
  db: Database,
  userId: string,
  now: Date,
): Promise<CalendarMeetup[]> {
  const rows = await db.rsvp.findMany({
    where: {
      userId,
      status: { in: IN_CALENDAR },
      meetup: {
        endAt: { gte: new Date(now.getTime() - CALENDAR_PAST_DAYS * DAY_MS) },
        group: { members: { some: { userId } } },
      },
    },
    orderBy: { meetup: { startAt: "asc" } },
    take: CALENDAR_MAX_EVENTS,
    select: { status: true, waitlistNo: true, meetup: { select: meetupColumns } },
  });
  const positions = await waitlistPositions(
    db,
    rows.flatMap(({ status, waitlistNo, meetup }) =>
      status === "waitlisted" && waitlistNo !== null ? [{ meetupId: meetup.id, waitlistNo }] : [],
    ),
  );
  return rows.map(({ status, meetup }) => ({
    id: meetup.id,
    version: meetup.version,
    title: meetup.title,
    startAt: meetup.startAt,
    endAt: meetup.endAt,
    updatedAt: meetup.updatedAt,
    place: { lat: meetup.placeLat, lng: meetup.placeLng, label: meetup.placeLabel ?? undefined },
    costNote: meetup.costNote ?? undefined,
    videoRoom: meetup.workoutKind !== null,
    groupName: meetup.group.name,
    cancelled: meetup.status === "cancelled",
    answer: status as CalendarAnswer,
    waitlistPosition: status === "waitlisted" ? positions.get(meetup.id) : undefined,
  }));
}
