// Shared by the calendar tests: groups, meetups and answers written straight into the tables,
// as the group and meetup commands leave them, so the feed is tested on its own.
import { cellOf } from "../../cells.js";
import type { Database, Prisma } from "../../db/client.js";

export const seongsu = { lat: 37.5446, lng: 127.0559 };

const HOUR_MS = 60 * 60_000;

/** A group whose owner is its first member. */
export async function newGroup(db: Database, ownerId: string, name: string): Promise<string> {
  const { id } = await db.group.create({
    data: {
      name,
      description: `${name} 모임`,
      category: "sports",
      tags: ["운동"],
      areaLat: seongsu.lat,
      areaLng: seongsu.lng,
      cell: cellOf(seongsu.lat, seongsu.lng),
      searchTokens: [],
      searchText: name,
      searchChoseong: "",
      members: { create: { userId: ownerId, role: "owner" } },
    },
    select: { id: true },
  });
  return id;
}

export async function join(db: Database, groupId: string, userId: string): Promise<void> {
  await db.groupMember.create({ data: { groupId, userId } });
}

export type MeetupRow = Pick<Prisma.MeetupUncheckedCreateInput, "groupId" | "hostId" | "startAt"> &
  Partial<Prisma.MeetupUncheckedCreateInput>;

/** Two hours at Seoul Forest from `startAt`, unless the row says otherwise. */
export function meetupRow(row: MeetupRow): Prisma.MeetupUncheckedCreateInput {
  const startAt = new Date(row.startAt);
  return {
    title: "서울숲 저녁 러닝",
    endAt: new Date(startAt.getTime() + 2 * HOUR_MS),
    placeLat: 37.5444,
    placeLng: 127.0374,
    placeLabel: "서울숲 정문",
    ...row,
  };
}

export async function newMeetup(db: Database, row: MeetupRow): Promise<string> {
  const { id } = await db.meetup.create({ data: meetupRow(row), select: { id: true } });
  return id;
}

type Answer = "going" | "maybe" | "declined" | { waitlistNo: number };

/** The person's answer to the meetup; a waitlist number puts them in the line. */
export async function answer(db: Database, meetupId: string, userId: string, given: Answer): Promise<void> {
  await db.rsvp.create({
    data:
      typeof given === "string"
        ? { meetupId, userId, status: given }
        : { meetupId, userId, status: "waitlisted", waitlistNo: given.waitlistNo },
  });
}
