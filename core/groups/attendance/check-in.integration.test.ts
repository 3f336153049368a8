import { describe, expect, it } from "vitest";
import type { Profile } from "../../identity/types.js";
import { near } from "../../market/test-seed.js";
import { databaseForTests, groupWith, mangwonPark, neighbour, planMeetup } from "../meetups/test-meetups.js";
import { answerRsvp } from "../rsvp/mutations.js";
import { checkInFor, checkInWithCode, checkInWithPlace, openCheckIn, settleAttendance } from "./mutations.js";
import { attendanceRecord } from "./queries.js";

const db = databaseForTests();
const MINUTE_MS = 60_000;
const startAt = new Date("2026-11-28T10:00:00Z");
const endAt = new Date(startAt.getTime() + 120 * MINUTE_MS);
const planned = new Date("2026-11-21T13:00:00Z");
const during = new Date(startAt.getTime() + 10 * MINUTE_MS);

async function meetupWith(names: string[]) {
  const host = await neighbour(db(), "모임장");
  const people = await Promise.all(names.map((name) => neighbour(db(), name)));
  const groupId = await groupWith(
    db(),
    host,
    people.map((profile) => ({ profile, role: "member" as const })),
  );
  const meetupId = await planMeetup(db(), host, groupId, startAt, planned);
  for (const person of people) await answerRsvp(db(), person.userId, meetupId, "going", planned);
  return { host, people: people as Profile[], meetupId };
}

const rsvpOf = (meetupId: string, userId: string) =>
  db().rsvp.findUniqueOrThrow({ where: { meetupId_userId: { meetupId, userId } } });

const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("check-in by code", () => {
  it("shows the host one code from 30 minutes before the start until the end, and only to hosts", async () => {
    const { host, people, meetupId } = await meetupWith(["참가자"]);
    const early = new Date(startAt.getTime() - 31 * MINUTE_MS);
    await expect(openCheckIn(db(), host.userId, meetupId, early)).rejects.toMatchObject({
      code: "checkin-closed",
      params: { minutes: 30 },
    });
    await expect(openCheckIn(db(), host.userId, meetupId, endAt)).rejects.toMatchObject({
      code: "checkin-closed",
    });
    await expect(openCheckIn(db(), (people[0] as Profile).userId, meetupId, during)).rejects.toMatchObject({
      code: "group-not-moderator",
    });
    expect((await db().meetup.findUniqueOrThrow({ where: { id: meetupId } })).checkInCode).toBeNull();
    const { code } = await openCheckIn(
      db(),
      host.userId,
      meetupId,
      new Date(startAt.getTime() - 30 * MINUTE_MS),
    );
    expect(code).toMatch(/^\d{6}$/);
    expect((await openCheckIn(db(), host.userId, meetupId, during)).code).toBe(code);
  });

  it("marks an attendee present for the right code, and stops guessing after five wrong ones", async () => {
    const { host, people, meetupId } = await meetupWith(["정답", "추측"]);
    const [right, guesser] = people as [Profile, Profile];
    const { code, waiting } = await openCheckIn(db(), host.userId, meetupId, during);
    // The host is checked in by showing the code; the others wait, for the host to see.
    expect(waiting.map((person) => person.displayName)).toEqual(["정답", "추측"]);
    await checkInWithCode(db(), right.userId, meetupId, ` ${code} `, during);
    expect((await rsvpOf(meetupId, right.userId)).checkedInAt).toEqual(during);
    const sheet = await openCheckIn(db(), host.userId, meetupId, during);
    expect(sheet.waiting.map((person) => person.displayName)).toEqual(["추측"]);

    for (const left of [4, 3, 2, 1, 0]) {
      await expect(
        checkInWithCode(db(), guesser.userId, meetupId, wrongCode(code), during),
      ).rejects.toMatchObject({
        code: "checkin-code-wrong",
        params: { left },
      });
    }
    await expect(checkInWithCode(db(), guesser.userId, meetupId, code, during)).rejects.toMatchObject({
      code: "checkin-too-many-attempts",
    });
    expect((await rsvpOf(meetupId, guesser.userId)).checkedInAt).toBeNull();
    expect(await db().checkInAttempt.count({ where: { meetupId, userId: guesser.userId } })).toBe(5);
    // The host can still check them in by hand.
    await checkInFor(db(), host.userId, meetupId, guesser.userId, during);
    expect((await rsvpOf(meetupId, guesser.userId)).checkedInAt).toEqual(during);
  });

  it("counts a burst of wrong codes one by one", async () => {
    const { host, people, meetupId } = await meetupWith(["연타"]);
    const guesser = people[0] as Profile;
    const { code } = await openCheckIn(db(), host.userId, meetupId, during);
    const tries = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        checkInWithCode(db(), guesser.userId, meetupId, wrongCode(code), during),
      ),
    );
    const codes = tries.map((attempt) => (attempt.status === "rejected" ? attempt.reason.code : "passed"));
    expect(codes.filter((c) => c === "checkin-code-wrong")).toHaveLength(5);
    expect(codes.filter((c) => c === "checkin-too-many-attempts")).toHaveLength(3);
    expect(await db().checkInAttempt.count({ where: { meetupId, userId: guesser.userId } })).toBe(5);
  });

  it("refuses people not going, and a code before the host opened one counts as wrong", async () => {
    const { host, people, meetupId } = await meetupWith(["아마도", "이른"]);
    const [unsure, eager] = people as [Profile, Profile];
    await answerRsvp(db(), unsure.userId, meetupId, "maybe", planned);
    await expect(checkInWithCode(db(), eager.userId, meetupId, "123456", during)).rejects.toMatchObject({
      code: "checkin-code-wrong",
      params: { left: 4 },
    });
    const { code } = await openCheckIn(db(), host.userId, meetupId, during);
    await expect(checkInWithCode(db(), unsure.userId, meetupId, code, during)).rejects.toMatchObject({
      code: "checkin-not-going",
    });
    await expect(checkInFor(db(), host.userId, meetupId, unsure.userId, during)).rejects.toMatchObject({
      code: "checkin-not-going",
    });
    expect((await rsvpOf(meetupId, unsure.userId)).checkedInAt).toBeNull();
  });
});

describe("check-in by location", () => {
  it("marks present within 200 m of the venue and says how far anyone farther is", async () => {
    const { people, meetupId } = await meetupWith(["근처", "먼 곳"]);
    const [close, far] = people as [Profile, Profile];
    await checkInWithPlace(db(), close.userId, meetupId, { ...near(mangwonPark, 150), precision: 0 }, during);
    expect((await rsvpOf(meetupId, close.userId)).checkedInAt).toEqual(during);
    await expect(
      checkInWithPlace(db(), far.userId, meetupId, { ...near(mangwonPark, 523), precision: 0 }, during),
    ).rejects.toMatchObject({ code: "checkin-too-far", params: { metres: 200, distance: 520 } });
    expect((await rsvpOf(meetupId, far.userId)).checkedInAt).toBeNull();
  });
});

describe("attendance", () => {
  it("is settled after the end: present or no-show where check-in was used, unknown elsewhere", async () => {
    const used = await meetupWith(["출석", "노쇼"]);
    const [present, absent] = used.people as [Profile, Profile];
    const { code } = await openCheckIn(db(), used.host.userId, used.meetupId, during);
    await checkInWithCode(db(), present.userId, used.meetupId, code, during);
    const unused = await meetupWith(["기록 없음"]);
    const unrecorded = unused.people[0] as Profile;

    expect(await settleAttendance(db(), during)).toBe(0);
    expect(await settleAttendance(db(), endAt)).toBeGreaterThanOrEqual(2);
    expect(await settleAttendance(db(), endAt)).toBe(0);
    expect((await rsvpOf(used.meetupId, present.userId)).attended).toBe(true);
    expect((await rsvpOf(used.meetupId, absent.userId)).attended).toBe(false);
    // Showing the code checked the host in.
    expect((await rsvpOf(used.meetupId, used.host.userId)).attended).toBe(true);
    expect((await rsvpOf(unused.meetupId, unrecorded.userId)).attended).toBeNull();
    expect(await attendanceRecord(db(), present.userId)).toEqual({ attended: 1, noShows: 0 });
    expect(await attendanceRecord(db(), absent.userId)).toEqual({ attended: 0, noShows: 1 });
    expect(await attendanceRecord(db(), unrecorded.userId)).toEqual({ attended: 0, noShows: 0 });
    expect((await db().meetup.findUniqueOrThrow({ where: { id: used.meetupId } })).settledAt).toEqual(endAt);
  });
});
