import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { requestRide, verifiedRider } from "../carpool/test-riders.js";
import type { Database } from "../db/client.js";
import { settleAttendance } from "../groups/attendance/mutations.js";
import { answer, newGroup, newMeetup } from "../groups/calendar/test-meetups.js";
import { databaseForTests } from "../groups/meetups/test-meetups.js";
import { person } from "../market/test-seed.js";
import { recordRating } from "../ratings/mutations.js";
import { markTrustStale, recomputeEveryone, recomputeTrust } from "./mutations.js";
import { listStaleTrustScores, reputationsOf, trustFactsOf, trustOf } from "./queries.js";
import { trustScore } from "./score.js";

const database = databaseForTests();
const DAY_MS = 24 * 60 * 60_000;
const daysAgo = (days: number, from = new Date()) => new Date(from.getTime() - days * DAY_MS);

/** `raterId` rates `rateeId` after a trade, as the market's rating command does. */
function rate(db: Database, raterId: string, rateeId: string, score: number) {
  return db.$transaction((tx) =>
    recordRating(tx, { context: "trade", subjectId: randomUUID(), raterId, rateeId, score, tags: [] }),
  );
}

async function scoreRow(db: Database, userId: string) {
  return db.trustScore.findUniqueOrThrow({ where: { userId } });
}

describe("trust facts", () => {
  it("reads the last year's ratings, each ride's no-show once, late cancels, missed meetups and proofs", async () => {
    const db = database();
    const now = new Date();
    const subject = await verifiedRider(db, "민지");
    const rater = await person(db, "이웃");
    await rate(db, rater, subject.userId, 5);
    await db.rating.create({
      data: {
        context: "ride",
        subjectId: randomUUID(),
        raterId: rater,
        rateeId: subject.userId,
        score: 1,
        tags: [],
        createdAt: daysAgo(400),
      },
    });
    const ride = randomUUID();
    // Two co-riders reporting the same ride: one no-show.
    await db.rideNoShow.createMany({
      data: [randomUUID(), randomUUID()].map((reporterId) => ({
        groupId: ride,
        reporterId,
        reportedId: subject.userId,
      })),
    });
    const requestId = await requestRide(db, subject, new Date(now.getTime() + DAY_MS), now);
    await db.rideRequest.update({
      where: { id: requestId },
      data: { status: "cancelled", liveRiderId: null, lateCancel: true, cancelledAt: now },
    });
    const groupId = await newGroup(db, rater, "러닝");
    const meetupId = await newMeetup(db, {
      groupId,
      hostId: rater,
      startAt: new Date(now.getTime() - 3 * 60 * 60_000),
      checkInCode: "123456",
    });
    await answer(db, meetupId, subject.userId, "going");
    await settleAttendance(db, now);
    await db.user.update({
      where: { id: subject.userId },
      data: { emailCipher: "sealed", phoneCipher: "sealed", videoVerifiedAt: now },
    });

    const facts = (await trustFactsOf(db, [subject.userId, rater], now)).get(subject.userId);
    expect(facts?.ratings.map(({ score }) => score)).toEqual([5]);
    expect(facts?.noShows).toHaveLength(2);
    expect(facts?.lateCancels).toHaveLength(1);
    expect(facts?.upheldReports).toEqual([]);
    expect(facts?.verified).toEqual({ email: true, phone: true, video: true });
    // The rating and the missed meetup left the score owed.
    expect(await listStaleTrustScores(db)).toContainEqual({ userId: subject.userId, version: 2 });
  });
});

describe("recomputeTrust", () => {
  it("writes the facts' score once, owes nothing after, and does the same again without a write", async () => {
    const db = database();
    const now = new Date();
    const subject = await person(db, "지수");
    const rater = await person(db, "이웃");
    await rate(db, rater, subject, 5);
    expect((await scoreRow(db, subject)).staleSince).not.toBeNull();

    expect(await recomputeTrust(db, [subject], now)).toBe(1);
    const facts = (await trustFactsOf(db, [subject], now)).get(subject);
    const expected = trustScore(facts as NonNullable<typeof facts>, now);
    const row = await scoreRow(db, subject);
    expect(row).toMatchObject({
      temperature: expected.temperature,
      version: 1,
      computedVersion: 1,
      staleSince: null,
    });
    expect(await trustOf(db, subject, now)).toEqual(expected);
    expect(await recomputeTrust(db, [subject], now)).toBe(0);
    expect((await reputationsOf(db, [subject])).get(subject)).toEqual({ level: 0, temperature: 37 });
  });

  it("keeps the score of the latest moment however recomputes at different moments finish", async () => {
    const db = database();
    const now = new Date();
    const subject = await person(db, "서연");
    await db.rating.create({
      data: {
        context: "trade",
        subjectId: randomUUID(),
        raterId: await person(db),
        rateeId: subject,
        score: 5,
        tags: [],
        createdAt: daysAgo(60),
      },
    });
    await db.$transaction((tx) => markTrustStale(tx, [subject]));
    // The same version recomputed as at five moments a month apart, the latest first: a rating
    // fades, so each moment gives another temperature, and only the latest may stay.
    const moments = [0, 30, 60, 90, 120].map((days) => daysAgo(days, now));
    await recomputeTrust(db, [subject], moments[0]);
    await Promise.all(moments.slice(1).map((moment) => recomputeTrust(db, [subject], moment)));
    const facts = (await trustFactsOf(db, [subject], now)).get(subject);
    const row = await scoreRow(db, subject);
    expect(row.computedAt).toEqual(now);
    expect(row.temperature).toBe(trustScore(facts as NonNullable<typeof facts>, now).temperature);
  });

  it("leaves a score stale when a cause came after the version it computed", async () => {
    const db = database();
    const subject = await person(db, "하준");
    const rater = await person(db, "이웃");
    await rate(db, rater, subject, 5);
    await recomputeTrust(db, [subject]);
    // A cause after the recompute: a new version owes its own job.
    await rate(db, await person(db, "또다른이웃"), subject, 1);
    const row = await scoreRow(db, subject);
    expect(row).toMatchObject({ version: 2, computedVersion: 1 });
    expect(row.staleSince).not.toBeNull();
    expect((await trustOf(db, subject, new Date())).temperature).toBe(36.5);
  });

  it("gives everyone a score at night, a year's membership and its decay included", async () => {
    const db = database();
    const now = new Date();
    const old = await person(db, "오래된");
    await db.user.update({ where: { id: old }, data: { createdAt: daysAgo(2 * 365, now) } });
    await recomputeEveryone(db, now);
    expect((await reputationsOf(db, [old])).get(old)?.temperature).toBe(37.7);
    // Nothing moved since: the next night writes nothing.
    expect(await recomputeEveryone(db, now)).toBe(0);
  });
});
