import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPii } from "../../../test/pii.js";
import { createTestDatabase, type TestDatabase } from "../../../test/postgres.js";
import { createFieldCipher } from "../../identity/pii.js";
import { newPerson } from "../../identity/test-people.js";
import { ensureCalendarFeed, resetCalendarFeed } from "./mutations.js";
import { findFeedOwner, listCalendarMeetups } from "./queries.js";
import { answer, join, meetupRow, newGroup, newMeetup } from "./test-meetups.js";
import { feedTokenDigest } from "./token.js";
import { CALENDAR_MAX_EVENTS, CALENDAR_PAST_DAYS } from "./types.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const db = () => database.db;
const DAY_MS = 24 * 60 * 60_000;
const now = new Date("2026-11-21T13:00:00Z");
const daysFromNow = (days: number) => new Date(now.getTime() + days * DAY_MS);

describe("a person's feed token", () => {
  it("is made once, kept only sealed and as a digest, and opens the person's feed", async () => {
    const { userId } = await newPerson(db());
    const token = await ensureCalendarFeed(db(), testPii, userId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(await ensureCalendarFeed(db(), testPii, userId)).toBe(token);
    const stored = await db().calendarFeed.findUniqueOrThrow({ where: { userId } });
    expect(stored.tokenCipher).not.toContain(token);
    expect(testPii.open(stored.tokenCipher)).toBe(token);
    expect(stored.tokenDigest).toBe(feedTokenDigest(testPii, token));
    expect(await findFeedOwner(db(), testPii, token)).toBe(userId);
  });

  it("is the same for two first asks at once", async () => {
    const { userId } = await newPerson(db());
    const tokens = await Promise.all(
      Array.from({ length: 5 }, () => ensureCalendarFeed(db(), testPii, userId)),
    );
    expect(new Set(tokens).size).toBe(1);
    expect(await db().calendarFeed.count({ where: { userId } })).toBe(1);
  });

  it("differs from person to person", async () => {
    const [a, b] = await Promise.all([newPerson(db()), newPerson(db())]);
    const [tokenA, tokenB] = await Promise.all([
      ensureCalendarFeed(db(), testPii, a.userId),
      ensureCalendarFeed(db(), testPii, b.userId),
    ]);
    expect(tokenA).not.toBe(tokenB);
    expect(await findFeedOwner(db(), testPii, tokenB)).toBe(b.userId);
  });

  it("stops opening the feed at once when reset, and the new one opens it", async () => {
    const { userId } = await newPerson(db());
    const old = await ensureCalendarFeed(db(), testPii, userId);
    const fresh = await resetCalendarFeed(db(), testPii, userId);
    expect(fresh).not.toBe(old);
    expect(await findFeedOwner(db(), testPii, old)).toBeUndefined();
    expect(await findFeedOwner(db(), testPii, fresh)).toBe(userId);
    expect(await ensureCalendarFeed(db(), testPii, userId)).toBe(fresh);
    expect(await db().calendarFeed.count({ where: { userId } })).toBe(1);
  });

  it("finds nobody for unknown or malformed tokens", async () => {
    const { userId } = await newPerson(db());
    const token = await ensureCalendarFeed(db(), testPii, userId);
    for (const wrong of [
      randomBytes(32).toString("base64url"),
      `${token}x`,
      token.slice(1),
      token.toLowerCase(),
      "",
      "../../etc/passwd",
      "가".repeat(500),
    ]) {
      expect(await findFeedOwner(db(), testPii, wrong)).toBeUndefined();
    }
  });

  it("is replaced when it was sealed under a PII key no longer in use", async () => {
    const { userId } = await newPerson(db());
    const oldKey = createFieldCipher(randomBytes(32));
    const lost = randomBytes(32).toString("base64url");
    await db().calendarFeed.create({
      data: { userId, tokenCipher: oldKey.seal(lost), tokenDigest: feedTokenDigest(oldKey, lost) },
    });
    const token = await ensureCalendarFeed(db(), testPii, userId);
    expect(token).not.toBe(lost);
    expect(await findFeedOwner(db(), testPii, token)).toBe(userId);
  });
});

describe("the meetups in a person's calendar", () => {
  it("lists going, maybe and waitlisted answers of the person's groups, soonest first, cancelled ones too", async () => {
    const me = await newPerson(db());
    const host = await newPerson(db());
    const [first, second, last] = await Promise.all([newPerson(db()), newPerson(db()), newPerson(db())]);
    const groupId = await newGroup(db(), host.userId, "성수 러닝크루");
    for (const person of [me, first, second, last]) await join(db(), groupId, person.userId);
    const meetup = (days: number, row = {}) =>
      newMeetup(db(), { groupId, hostId: host.userId, startAt: daysFromNow(days), ...row });

    const going = await meetup(3, {
      title: "한강 10km",
      version: 3,
      costNote: "음료 각자",
      placeLabel: null,
    });
    const maybe = await meetup(1);
    const waiting = await meetup(2, { capacity: 1 });
    const cancelled = await meetup(4, { status: "cancelled", cancelledAt: now, version: 2 });
    const declined = await meetup(5);
    const notAnswered = await meetup(6);
    const recent = await meetup(-(CALENDAR_PAST_DAYS - 1));
    const tooOld = await meetup(-(CALENDAR_PAST_DAYS + 1));
    await answer(db(), going, me.userId, "going");
    await answer(db(), maybe, me.userId, "maybe");
    await answer(db(), cancelled, me.userId, "going");
    await answer(db(), declined, me.userId, "declined");
    await answer(db(), notAnswered, first.userId, "going");
    await answer(db(), recent, me.userId, "going");
    await answer(db(), tooOld, me.userId, "going");
    // Two ahead of me in the line (numbers need not be consecutive: promoted people leave gaps), one behind.
    await answer(db(), waiting, first.userId, { waitlistNo: 2 });
    await answer(db(), waiting, second.userId, { waitlistNo: 5 });
    await answer(db(), waiting, me.userId, { waitlistNo: 7 });
    await answer(db(), waiting, last.userId, { waitlistNo: 8 });

    const listed = await listCalendarMeetups(db(), me.userId, now);
    expect(listed.map((m) => m.id)).toEqual([recent, maybe, waiting, going, cancelled]);
    expect(listed.map((m) => [m.answer, m.cancelled, m.waitlistPosition])).toEqual([
      ["going", false, undefined],
      ["maybe", false, undefined],
      ["waitlisted", false, 3],
      ["going", false, undefined],
      ["going", true, undefined],
    ]);
    const row = await db().meetup.findUniqueOrThrow({ where: { id: going } });
    expect(listed.find((m) => m.id === going)).toEqual({
      id: going,
      version: 3,
      title: "한강 10km",
      startAt: daysFromNow(3),
      endAt: row.endAt,
      updatedAt: row.updatedAt,
      place: { lat: row.placeLat, lng: row.placeLng, label: undefined },
      videoRoom: false,
      costNote: "음료 각자",
      groupName: "성수 러닝크루",
      cancelled: false,
      answer: "going",
      waitlistPosition: undefined,
    });
  });

  it("leaves out other people's meetups and groups the person no longer belongs to", async () => {
    const me = await newPerson(db());
    const someone = await newPerson(db());
    const theirs = await newGroup(db(), someone.userId, "다른 사람 모임");
    const theirMeetup = await newMeetup(db(), {
      groupId: theirs,
      hostId: someone.userId,
      startAt: daysFromNow(1),
    });
    await answer(db(), theirMeetup, someone.userId, "going");
    const left = await newGroup(db(), someone.userId, "떠난 모임");
    const leftMeetup = await newMeetup(db(), {
      groupId: left,
      hostId: someone.userId,
      startAt: daysFromNow(2),
    });
    // An answer given while a member, kept after leaving: the venue is for members only.
    await answer(db(), leftMeetup, me.userId, "going");

    expect(await listCalendarMeetups(db(), me.userId, now)).toEqual([]);
    expect((await listCalendarMeetups(db(), someone.userId, now)).map((m) => m.id)).toEqual([theirMeetup]);
  });

  it(`keeps at most ${CALENDAR_MAX_EVENTS} meetups, the soonest`, async () => {
    const me = await newPerson(db());
    const groupId = await newGroup(db(), me.userId, "매일 모임");
    const starts = Array.from({ length: CALENDAR_MAX_EVENTS + 1 }, (_, i) => daysFromNow(1 + i / 24));
    const rows = starts.map((startAt) => meetupRow({ groupId, hostId: me.userId, startAt }));
    const meetups = await db().meetup.createManyAndReturn({
      data: rows,
      select: { id: true, startAt: true },
    });
    await db().rsvp.createMany({
      data: meetups.map(({ id }) => ({ meetupId: id, userId: me.userId, status: "going" as const })),
    });

    const listed = await listCalendarMeetups(db(), me.userId, now);
    expect(listed).toHaveLength(CALENDAR_MAX_EVENTS);
    expect(listed.map((m) => m.startAt)).toEqual(starts.slice(0, CALENDAR_MAX_EVENTS));
  });
});
