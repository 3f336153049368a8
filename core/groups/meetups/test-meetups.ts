// Shared by the meetup tests: people in their own zones and languages, a group they belong to,
// and meetups at a public place in Mangwon.
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/postgres.js";
import type { Database } from "../../db/client.js";
import { updateProfile } from "../../identity/mutations.js";
import type { Language, Profile } from "../../identity/types.js";
import { person } from "../../market/test-seed.js";
import { createGroup, joinGroup, setModerator } from "../mutations.js";
import type { GroupRole } from "../roles.js";
import { groupInput } from "../test-groups.js";
import { createMeetup } from "./mutations.js";
import type { MeetupInput } from "./schema.js";

/** This test file's own database, made before its tests and dropped after them. */
export function databaseForTests(): () => Database {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });
  return () => {
    if (!database) throw new Error("the test database is made in beforeAll");
    return database.db;
  };
}

export const mangwonPark = { lat: 37.5556, lng: 126.8956, label: "망원한강공원", precision: 0 };

const HOUR_MS = 60 * 60_000;

export async function neighbour(
  db: Database,
  name: string,
  settings: { timeZone?: string; language?: Language } = {},
): Promise<Profile> {
  return updateProfile(db, await person(db, name), settings);
}

/** A group `owner` made and the others joined, each in their role, as people would through the groups' commands. */
export async function groupWith(
  db: Database,
  owner: Profile,
  others: { profile: Profile; role: GroupRole }[] = [],
): Promise<string> {
  const groupId = await createGroup(db, owner, groupInput({ name: "망원 러닝 크루" }));
  for (const { profile, role } of others) {
    await joinGroup(db, profile.userId, groupId);
    if (role === "moderator") await setModerator(db, owner.userId, groupId, profile.userId, true);
  }
  return groupId;
}

/** Two hours at Mangwon park from `startAt`: tweak what a test needs. */
export function meetupInput(groupId: string, startAt: Date, changes: Partial<MeetupInput> = {}): MeetupInput {
  return {
    groupId,
    title: "한강 저녁 러닝",
    startAt,
    endAt: new Date(startAt.getTime() + 2 * HOUR_MS),
    place: mangwonPark,
    ...changes,
  };
}

export function planMeetup(
  db: Database,
  host: Profile,
  groupId: string,
  startAt: Date,
  now: Date,
  changes: Partial<MeetupInput> = {},
): Promise<string> {
  return createMeetup(db, host, meetupInput(groupId, startAt, changes), now);
}
