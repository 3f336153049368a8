import { describe, expect, it } from "vitest";
import { verifiedRider } from "../../carpool/test-riders.js";
import { offset } from "../../carpool/test-wish.js";
import type { Database } from "../../db/client.js";
import { databaseForTests, groupWith, planMeetup } from "../../groups/meetups/test-meetups.js";
import { getProfile } from "../../identity/queries.js";
import { listedItem, person } from "../../market/test-seed.js";
import { contactSeller, markSold, rateTrade } from "../../market/trades/mutations.js";
import { postTip, voteTipHelpful } from "../../tips/mutations.js";
import { workoutWithSeats } from "../../workouts/test-workouts.js";
import { ridesHappened, streaksKeptAMonth } from "./queries.js";
import { creditOutcomes } from "./scan.js";

const database = databaseForTests();
const now = new Date("2026-12-03T03:00:00Z");
const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;
const gangnam = { lat: 37.4979, lng: 127.0276 };

async function verified(db: Database, name: string): Promise<string> {
  return (await verifiedRider(db, name)).userId;
}

function entriesOf(db: Database, userId: string) {
  return db.pointEntry.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { kind: true, amount: true, status: true, heldReason: true, counterpartId: true },
  });
}

/** A chair the seller sold to the buyer, rated by the given sides. */
async function soldChair(db: Database, sellerId: string, buyerId: string, ratedBy: string[]) {
  const itemId = await listedItem(db, sellerId, {}, new Date(now.getTime() - DAY_MS));
  await contactSeller(db, itemId, buyerId);
  await markSold(db, itemId, sellerId, buyerId, new Date(now.getTime() - HOUR_MS));
  for (const raterId of ratedBy) await rateTrade(db, { itemId, raterId, score: 5, tags: [] });
  return itemId;
}

describe("the points scan: trades", () => {
  it("pays both sides 10 once both rated the sale, and nothing when the scan runs again", async () => {
    const db = database();
    const [seller, buyer] = [await verified(db, "판매자"), await verified(db, "구매자")];
    const itemId = await soldChair(db, seller, buyer, [buyer]);
    await creditOutcomes(db, now);
    expect(await entriesOf(db, seller)).toEqual([]);

    await rateTrade(db, { itemId, raterId: seller, score: 4, tags: [] });
    expect(await creditOutcomes(db, now)).toEqual({ entered: 2, reversed: 0, failed: 0 });
    expect(await creditOutcomes(db, now)).toEqual({ entered: 0, reversed: 0, failed: 0 });
    const paid = { kind: "trade_completed", amount: 10, status: "credited", heldReason: null };
    expect(await entriesOf(db, seller)).toEqual([{ ...paid, counterpartId: buyer }]);
    expect(await entriesOf(db, buyer)).toEqual([{ ...paid, counterpartId: seller }]);
  });

  it("holds the second chair the same two trade within a month, and an unverified side's share", async () => {
    const db = database();
    const [seller, buyer] = [await verified(db, "친구1"), await verified(db, "친구2")];
    await soldChair(db, seller, buyer, [seller, buyer]);
    await creditOutcomes(db, now);
    await soldChair(db, buyer, seller, [seller, buyer]);
    const stranger = await person(db, "미인증");
    await soldChair(db, seller, stranger, [seller, stranger]);
    await creditOutcomes(db, new Date(now.getTime() + HOUR_MS));

    expect((await entriesOf(db, buyer)).map((entry) => entry.heldReason)).toEqual([null, "counterpart_cap"]);
    expect(await entriesOf(db, stranger)).toMatchObject([{ status: "held", heldReason: "unverified" }]);
    const sellers = await entriesOf(db, seller);
    expect(sellers.filter((entry) => entry.heldReason === "counterpart_cap")).toEqual([
      expect.objectContaining({ counterpartId: buyer }),
    ]);
    expect(sellers.filter((entry) => entry.status === "credited")).toHaveLength(2);
  });
});

/** A taxi two riders shared and left at `departAt`; each rider's request goes from `from` to `to`. */
async function departedRide(
  db: Database,
  riders: string[],
  { from, to, status = "departed" as const, rode = riders }: RideShape,
) {
  const departAt = new Date(now.getTime() - 2 * HOUR_MS);
  const group = await db.rideGroup.create({
    data: {
      status,
      departAt,
      proposalExpiresAt: departAt,
      fareKrw: 20_000,
      distanceM: 8000,
      durationS: 1200,
    },
  });
  for (const [index, riderId] of riders.entries()) {
    const request = await db.rideRequest.create({
      data: {
        riderId,
        status: "done",
        originLat: from.lat,
        originLng: from.lng,
        destLat: to.lat,
        destLng: to.lng,
        earliest: departAt,
        latest: departAt,
        seats: 1,
        maxExtraMin: 10,
      },
    });
    await db.rideGroupMember.create({
      data: {
        groupId: group.id,
        requestId: request.id,
        riderId,
        pickupOrder: index,
        dropOrder: index,
        soloFareKrw: 20_000,
        shareKrw: 10_000,
        extraS: 0,
        rodeAt: rode.includes(riderId) ? new Date(now.getTime() - HOUR_MS + index) : null,
      },
    });
  }
  return group.id;
}

interface RideShape {
  from: { lat: number; lng: number };
  to: { lat: number; lng: number };
  status?: "departed" | "cancelled";
  rode?: string[];
}

describe("the points scan: rides", () => {
  it("pays each rider once a co-rider also said the ride happened, and takes it back after a no-show report", async () => {
    const db = database();
    const [a, b, c] = [
      await verified(db, "라이더1"),
      await verified(db, "라이더2"),
      await verified(db, "라이더3"),
    ];
    const across = { from: gangnam, to: offset(gangnam, 8) };
    const alone = await departedRide(db, [a, c], { ...across, rode: [a] });
    const shared = await departedRide(db, [a, b], across);
    await creditOutcomes(db, now);
    expect(await entriesOf(db, a)).toEqual([
      { kind: "ride_happened", amount: 8, status: "credited", heldReason: null, counterpartId: b },
    ]);
    expect(await entriesOf(db, c)).toEqual([]);
    expect(alone).not.toBe(shared);

    await db.rideNoShow.create({ data: { groupId: shared, reporterId: a, reportedId: b, createdAt: now } });
    expect(await creditOutcomes(db, now)).toEqual({ entered: 0, reversed: 1, failed: 0 });
    expect(await db.pointBalance.findUnique({ where: { userId: b } })).toMatchObject({
      balance: 0,
      earned: 0,
    });
  });

  it("reads the riders owed before those still waiting for a co-rider, however small the batch", async () => {
    const db = database();
    const [lone, other, a, b] = [
      await verified(db, "혼자"),
      await verified(db, "안 옴"),
      await verified(db, "함께1"),
      await verified(db, "함께2"),
    ];
    const across = { from: gangnam, to: offset(gangnam, 8) };
    await departedRide(db, [lone, other], { ...across, rode: [lone] });
    const shared = await departedRide(db, [a, b], across);
    const since = new Date(now.getTime() - DAY_MS);
    expect(await ridesHappened.outstanding(db, since, 1)).toEqual([
      expect.objectContaining({ cause: `ride:${shared}` }),
    ]);
  });

  it("holds a ride whose riders never left one cell, and pays nothing for a cancelled one", async () => {
    const db = database();
    const [a, b] = [await verified(db, "동네1"), await verified(db, "동네2")];
    await departedRide(db, [a, b], { from: gangnam, to: offset(gangnam, 0.3) });
    await departedRide(db, [a, b], { from: gangnam, to: offset(gangnam, 8), status: "cancelled" });
    await creditOutcomes(db, now);
    expect(await entriesOf(db, a)).toMatchObject([{ status: "held", heldReason: "one_cell" }]);
    expect(await db.pointBalance.findUnique({ where: { userId: a } })).toMatchObject({ balance: 0 });
  });
});

describe("the points scan: meetups, tips", () => {
  it("pays each attendee with the host as counterpart, and the host once two others came", async () => {
    const db = database();
    const [hostId, one, two] = [
      await verified(db, "호스트"),
      await verified(db, "참석1"),
      await verified(db, "참석2"),
    ];
    const [host, first, second] = [
      await getProfile(db, hostId),
      await getProfile(db, one),
      await getProfile(db, two),
    ];
    const groupId = await groupWith(db, host, [
      { profile: first, role: "member" },
      { profile: second, role: "member" },
    ]);
    const startAt = new Date(now.getTime() - 4 * HOUR_MS);
    const small = await planMeetup(db, host, groupId, startAt, new Date(now.getTime() - 3 * DAY_MS));
    const full = await planMeetup(db, host, groupId, startAt, new Date(now.getTime() - 3 * DAY_MS));
    const came = async (meetupId: string, userIds: string[]) => {
      for (const userId of userIds)
        await db.rsvp.upsert({
          where: { meetupId_userId: { meetupId, userId } },
          create: { meetupId, userId, status: "going", attended: true },
          update: { attended: true },
        });
      await db.meetup.update({ where: { id: meetupId }, data: { settledAt: now } });
    };
    await came(small, [hostId, one]);
    await came(full, [hostId, one, two]);
    await creditOutcomes(db, now);

    expect(await entriesOf(db, one)).toMatchObject([
      { kind: "meetup_attended", status: "credited", counterpartId: hostId },
      { kind: "meetup_attended", status: "credited", counterpartId: hostId },
    ]);
    expect(await entriesOf(db, hostId)).toEqual([
      { kind: "meetup_hosted", amount: 10, status: "credited", heldReason: null, counterpartId: null },
    ]);
  });

  it("pays a tip's author for each verified person who found it helpful, and nothing for an unverified vote", async () => {
    const db = database();
    const author = await verified(db, "리뷰어");
    const tipId = await postTip(db, author, {
      product: "다이소 미니 가습기",
      category: "household",
      rating: 4,
      body: "원룸에 딱 맞는 크기예요",
    });
    await voteTipHelpful(db, tipId, await verified(db, "도움1"));
    await voteTipHelpful(db, tipId, await person(db, "미인증"));
    await db.tipVote.updateMany({ data: { createdAt: now } });
    await creditOutcomes(db, now);
    expect(await entriesOf(db, author)).toMatchObject([
      { kind: "tip_helpful", amount: 2, status: "credited" },
    ]);
  });
});

describe("the points scan: workouts and streaks", () => {
  it("pays each person a settled room counted as attended, never someone who sat in one alone", async () => {
    const db = database();
    const together = await workoutWithSeats(db, { startAt: new Date(now.getTime() - 3 * HOUR_MS) });
    const alone = await workoutWithSeats(db, { startAt: new Date(now.getTime() - 3 * HOUR_MS) });
    const settle = async (roomId: string, attendees: string[]) => {
      await db.videoRoom.update({ where: { id: roomId }, data: { endedAt: now, settledAt: now } });
      await db.roomParticipant.updateMany({
        where: { roomId, userId: { in: attendees } },
        data: { attended: true },
      });
    };
    const oneMember = together.going.slice(0, 1).map(({ userId }) => userId);
    await settle(together.room.id, [together.host.userId, ...oneMember]);
    await settle(alone.room.id, [alone.host.userId]);
    await db.user.updateMany({ data: { verifiedAt: now } });
    await creditOutcomes(db, now);
    expect(await entriesOf(db, together.host.userId)).toMatchObject([
      { kind: "workout_attended", amount: 3 },
    ]);
    expect(await entriesOf(db, alone.host.userId)).toEqual([]);
  });

  it("pays a weekly streak at 4 weeks and again at 8, each month once, and a new streak its own months", async () => {
    const db = database();
    const member = await verified(db, "꾸준이");
    const groupId = await groupWith(db, await getProfile(db, member));
    await db.group.update({ where: { id: groupId }, data: { goalPeriod: "week", goalSessions: 2 } });
    const streakAt = async (current: number, countedThrough: Date) => {
      await db.workoutStreak.upsert({
        where: { userId_groupId: { userId: member, groupId } },
        create: { userId: member, groupId, current, best: current, countedThrough },
        update: { current, countedThrough },
      });
      await creditOutcomes(db, now);
    };
    const monday = new Date("2026-11-29T15:00:00Z"); // Monday 30 November, 00:00 in Seoul
    const weeksAfter = (weeks: number) => new Date(monday.getTime() + weeks * 7 * DAY_MS);
    await streakAt(3, monday);
    await streakAt(4, weeksAfter(1));
    await streakAt(5, weeksAfter(2));
    await streakAt(8, weeksAfter(5));
    await streakAt(4, weeksAfter(20));
    expect(await entriesOf(db, member)).toHaveLength(3);
    expect(await db.pointBalance.findUnique({ where: { userId: member } })).toMatchObject({ earned: 60 });
  });

  it("pages past streaks whose month is paid, so a batch of one still finds the one owed", async () => {
    const db = database();
    // The paid one first in the pages' order, so a batch of one meets it before the one owed.
    const [one, two] = [await verified(db, "이미 받음"), await verified(db, "아직")];
    const [paidId, owedId] = one < two ? [one, two] : [two, one];
    const monday = new Date("2026-11-29T15:00:00Z");
    for (const userId of [paidId, owedId]) {
      const groupId = await groupWith(db, await getProfile(db, userId));
      await db.group.update({ where: { id: groupId }, data: { goalPeriod: "week", goalSessions: 1 } });
      await db.workoutStreak.create({
        data: { userId, groupId, current: 4, best: 4, countedThrough: monday },
      });
      if (userId === paidId) await creditOutcomes(db, now);
    }
    const since = new Date(now.getTime() - DAY_MS);
    const pages = await Promise.all([1, 2].map((limit) => streaksKeptAMonth.outstanding(db, since, limit)));
    expect(pages.map((owed) => owed.map((one) => one.userId))).toEqual([[owedId], [owedId]]);
  });
});
