import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { AppError } from "../errors.js";
import { confirmRideTaken, rateCoRider, reportNoShow } from "./after-ride/mutations.js";
import { addRideAlert, matchRideAlerts } from "./alerts/mutations.js";
import { FOLLOW_UP_AFTER_MS, remindRides, settleDepartedRides } from "./departures/mutations.js";
import { groupFare } from "./fare.js";
import { planGroup } from "./plan.js";
import { answerProposal, expireProposals, proposeGroup } from "./proposals/mutations.js";
import { listCoRiders, listMyRides, listWaitingWishes } from "./queries.js";
import { cancelRideRequest, createRideRequest, expireWaitingRequests } from "./requests/mutations.js";
import { requestRide, rideInput, settings, verifiedRider } from "./test-riders.js";
import { gangnam, offset } from "./test-wish.js";
import { roadEstimator } from "./travel.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const MINUTE_MS = 60_000;
const now = new Date("2026-11-21T13:00:00Z"); // 22:00 in Seoul
const at = (minutes: number) => new Date(now.getTime() + minutes * MINUTE_MS);
const estimate = roadEstimator(settings);

/** Proposes these waiting requests as one group, as the matching worker would. */
async function propose(requestIds: string[], when = now) {
  const wishes = (await listWaitingWishes(database.db)).filter((wish) => requestIds.includes(wish.id));
  const plan = planGroup(wishes, estimate);
  if (!plan) throw new Error("not a feasible group");
  return proposeGroup(
    database.db,
    {
      plan,
      fare: groupFare(plan, wishes, "distance", settings),
      versions: new Map(wishes.map((wish) => [wish.id, wish.version])),
      split: "distance",
    },
    settings,
    when,
  );
}

async function requestOf(id: string) {
  return database.db.rideRequest.findUniqueOrThrow({ where: { id } });
}

async function outbox(userId: string) {
  return database.db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return error instanceof AppError ? error.code : `no AppError: ${String(error)}`;
}

async function pairProposed(names: [string, string]) {
  const a = await verifiedRider(database.db, names[0]);
  const b = await verifiedRider(database.db, names[1]);
  const ra = await requestRide(database.db, a, at(60), now);
  const rb = await requestRide(database.db, b, at(65), now, {
    origin: { ...offset(gangnam, 0.3), precision: 0 },
  });
  const outcome = await propose([ra, rb]);
  if (outcome.status !== "proposed") throw new Error("expected a proposal");
  return { a, b, ra, rb, groupId: outcome.groupId };
}

describe("ride requests", () => {
  it("takes only riders with the video verified mark where the carpool asks for it", async () => {
    const rider = await verifiedRider(database.db, "태오");
    const strict = { ...settings, requireVideoVerified: true };
    await expect(createRideRequest(database.db, rider, rideInput(at(60)), strict, now)).rejects.toMatchObject(
      {
        code: "ride-needs-video-check",
      },
    );
    expect(await database.db.rideRequest.count({ where: { riderId: rider.userId } })).toBe(0);
    await database.db.user.update({ where: { id: rider.userId }, data: { videoVerifiedAt: now } });
    await expect(createRideRequest(database.db, rider, rideInput(at(60)), strict, now)).resolves.toBeTypeOf(
      "string",
    );
  });

  it("refuses bad input with its reason and stores nothing", async () => {
    const rider = await verifiedRider(database.db, "지수");
    const unverified = { ...rider, verified: false };
    const cases: [string, Promise<unknown>][] = [
      ["not-verified", createRideRequest(database.db, unverified, rideInput(at(60)), settings, now)],
      [
        "ride-same-place",
        requestRide(database.db, rider, at(60), now, {
          destination: { ...offset(gangnam, 0.3), precision: 0 },
        }),
      ],
      ["ride-departure-past", requestRide(database.db, rider, at(-60), now)],
      ["ride-window-too-wide", requestRide(database.db, rider, at(60), now, { latest: at(60 + 13 * 60) })],
      ["ride-departure-too-far", requestRide(database.db, rider, at(8 * 24 * 60), now)],
      [
        "ride-outside-area",
        requestRide(database.db, rider, at(60), now, {
          destination: { lat: 35.68, lng: 139.76, precision: 0 },
        }),
      ],
      ["invalid-input", requestRide(database.db, rider, at(60), now, { seats: 4 })],
      ["same-gender-needs-gender", requestRide(database.db, rider, at(60), now, { sameGender: true })],
    ];
    for (const [code, attempt] of cases) expect(await refusal(attempt), code).toBe(code);
    expect(await database.db.rideRequest.count({ where: { riderId: rider.userId } })).toBe(0);
  });

  it("keeps one live request per person, and a cancelled one frees the place", async () => {
    const rider = await verifiedRider(database.db, "민준");
    const first = await requestRide(database.db, rider, at(60), now);
    expect(await refusal(requestRide(database.db, rider, at(120), now))).toBe("ride-already-live");
    const stranger = await verifiedRider(database.db, "낯선 사람");
    expect(
      await refusal(
        cancelRideRequest(database.db, { requestId: first, userId: stranger.userId }, settings, now),
      ),
    ).toBe("ride-not-yours");
    await cancelRideRequest(database.db, { requestId: first, userId: rider.userId }, settings, now);
    expect((await requestOf(first)).status).toBe("cancelled");
    await requestRide(database.db, rider, at(120), now);
    expect((await listMyRides(database.db, rider.userId)).map((ride) => ride.status)).toEqual([
      "waiting",
      "cancelled",
    ]);
  });

  it("concurrent requests of one person leave exactly one live", async () => {
    const rider = await verifiedRider(database.db, "동시");
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => requestRide(database.db, rider, at(60 + i), now)),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await database.db.rideRequest.count({ where: { riderId: rider.userId } })).toBe(1);
  });
});

describe("proposals", () => {
  it("tell each rider their share next to the solo fare, and co-riders with ratings and badges", async () => {
    const { a, b, ra, groupId } = await pairProposed(["하나", "두리"]);
    expect((await requestOf(ra)).status).toBe("proposed");
    const [proposal] = (await outbox(a.userId)).filter((row) => row.messageKey === "notify-ride-proposal");
    const params = proposal?.params as Record<string, string | number>;
    expect(params.share).toBeLessThan(params.solo as number);
    expect(params.saving).toBe((params.solo as number) - (params.share as number));
    expect(params.riders).toContain("두리");
    expect(params.riders).toContain("✓");
    expect(params.riders).not.toContain("하나");
    const members = await database.db.rideGroupMember.findMany({ where: { groupId } });
    const group = await database.db.rideGroup.findUniqueOrThrow({ where: { id: groupId } });
    expect(members.reduce((sum, member) => sum + member.shareKrw, 0)).toBe(group.fareKrw);
    const [theirs] = (await outbox(b.userId)).filter((row) => row.messageKey === "notify-ride-proposal");
    expect((theirs?.params as { riders?: string } | undefined)?.riders).toContain("하나");
  });

  it("made from a changed request are rolled back whole", async () => {
    const a = await verifiedRider(database.db, "셋");
    const b = await verifiedRider(database.db, "넷");
    const ra = await requestRide(database.db, a, at(60), now);
    const rb = await requestRide(database.db, b, at(60), now);
    const wishes = (await listWaitingWishes(database.db)).filter((wish) => [ra, rb].includes(wish.id));
    await database.db.rideRequest.update({ where: { id: rb }, data: { version: { increment: 1 } } });
    const plan = planGroup(wishes, estimate);
    if (!plan) throw new Error("not feasible");
    const outcome = await proposeGroup(
      database.db,
      {
        plan,
        fare: groupFare(plan, wishes, "equal", settings),
        versions: new Map(wishes.map((wish) => [wish.id, wish.version])),
        split: "equal",
      },
      settings,
      now,
    );
    expect(outcome).toEqual({ status: "stale", requestId: rb });
    expect((await requestOf(ra)).status).toBe("waiting");
    expect(await database.db.rideGroupMember.count({ where: { requestId: { in: [ra, rb] } } })).toBe(0);
  });

  it("confirm when everyone accepts: exact stops to members only, and a relay chat", async () => {
    const { a, b, ra, rb, groupId } = await pairProposed(["수아", "도윤"]);
    const outsider = await verifiedRider(database.db, "밖");
    expect(
      await refusal(answerProposal(database.db, { groupId, userId: outsider.userId, accept: true }, now)),
    ).toBe("not-in-proposal");
    expect(await answerProposal(database.db, { groupId, userId: a.userId, accept: true }, now)).toBe(
      "waiting-for-others",
    );
    expect(await answerProposal(database.db, { groupId, userId: b.userId, accept: true }, now)).toBe(
      "confirmed",
    );
    expect((await requestOf(ra)).status).toBe("confirmed");
    expect((await requestOf(rb)).status).toBe("confirmed");
    const confirmed = (await outbox(b.userId)).find((row) => row.messageKey === "notify-ride-confirmed");
    expect(confirmed?.ephemeral).toBe(true);
    const { stops } = (confirmed?.params ?? {}) as { stops?: string };
    expect(stops).toMatch(/수아 ↑ 37\.\d{5},127\.\d{5}/);
    const conversation = await database.db.conversation.findFirstOrThrow({
      where: { context: "ride", subjectId: groupId },
      include: { members: true },
    });
    expect(conversation.members.map((member) => member.userId).sort()).toEqual([a.userId, b.userId].sort());
    expect(await outbox(outsider.userId)).toEqual([]);
  });

  it("a decline sends both back to matching, without pairing the decliner with the same people", async () => {
    const { a, b, ra, rb, groupId } = await pairProposed(["가람", "나래"]);
    expect(await answerProposal(database.db, { groupId, userId: b.userId, accept: false }, now)).toBe(
      "declined",
    );
    const [requestA, requestB] = [await requestOf(ra), await requestOf(rb)];
    expect([requestA.status, requestB.status]).toEqual(["waiting", "waiting"]);
    expect(requestA.matchDueAt).not.toBeNull();
    expect(requestB.avoidIds).toEqual([ra]);
    expect((await outbox(a.userId)).map((row) => row.messageKey)).toContain(
      "notify-ride-proposal-fell-through",
    );
    expect(await refusal(answerProposal(database.db, { groupId, userId: a.userId, accept: true }, now))).toBe(
      "proposal-expired",
    );
  });

  it("time out after the TTL: who accepted waits again, who did not is out", async () => {
    const { a, ra, rb, groupId } = await pairProposed(["다온", "라온"]);
    await answerProposal(database.db, { groupId, userId: a.userId, accept: true }, now);
    const expiry = new Date(now.getTime() + settings.proposalTtlMin * MINUTE_MS);
    expect(await expireProposals(database.db, new Date(expiry.getTime() - 1000))).toBe(0);
    expect(await expireProposals(database.db, expiry)).toBeGreaterThanOrEqual(1);
    expect((await database.db.rideGroup.findUniqueOrThrow({ where: { id: groupId } })).status).toBe(
      "dissolved",
    );
    expect((await requestOf(ra)).status).toBe("waiting");
    const lapsed = await requestOf(rb);
    expect([lapsed.status, lapsed.liveRiderId]).toEqual(["expired", null]);
    expect(
      await refusal(answerProposal(database.db, { groupId, userId: a.userId, accept: true }, expiry)),
    ).toBe("proposal-expired");
  });
});

describe("confirmed rides", () => {
  async function confirmedPair(names: [string, string]) {
    const pair = await pairProposed(names);
    for (const rider of [pair.a, pair.b]) {
      await answerProposal(database.db, { groupId: pair.groupId, userId: rider.userId, accept: true }, now);
    }
    const { departAt } = await database.db.rideGroup.findUniqueOrThrow({ where: { id: pair.groupId } });
    return { ...pair, departAt };
  }

  it("cancelled late count against the canceller and free the other", async () => {
    const { a, ra, rb, departAt } = await confirmedPair(["마루", "바다"]);
    const tenBefore = new Date(departAt.getTime() - 10 * MINUTE_MS);
    expect(
      await cancelRideRequest(database.db, { requestId: ra, userId: a.userId }, settings, tenBefore),
    ).toEqual({
      late: true,
    });
    const cancelled = await requestOf(ra);
    expect([cancelled.status, cancelled.lateCancel]).toEqual(["cancelled", true]);
    expect((await requestOf(rb)).status).toBe("waiting");
  });

  it("are reminded once, depart, and then co-riders rate each other or report a no-show", async () => {
    const { a, b, ra, groupId, departAt } = await confirmedPair(["사랑", "아름"]);
    expect(
      await refusal(
        rateCoRider(database.db, { groupId, raterId: a.userId, rateeId: b.userId, score: 5, tags: [] }),
      ),
    ).toBe("ride-not-over");
    const soon = new Date(departAt.getTime() - 10 * MINUTE_MS);
    expect(await remindRides(database.db, settings, soon)).toBeGreaterThanOrEqual(1);
    expect(await remindRides(database.db, settings, soon)).toBe(0);
    expect(await settleDepartedRides(database.db, departAt)).toBeGreaterThanOrEqual(1);
    const done = await requestOf(ra);
    expect([done.status, done.liveRiderId]).toEqual(["done", null]);
    expect((await outbox(a.userId)).map((row) => row.messageKey)).not.toContain("notify-ride-follow-up");
    await settleDepartedRides(database.db, new Date(departAt.getTime() + FOLLOW_UP_AFTER_MS));
    expect((await outbox(a.userId)).map((row) => row.messageKey)).toContain("notify-ride-follow-up");

    await confirmRideTaken(database.db, groupId, a.userId, departAt);
    expect((await listCoRiders(database.db, groupId, a.userId)).map((rider) => rider.displayName)).toEqual([
      "아름",
    ]);
    await rateCoRider(database.db, {
      groupId,
      raterId: a.userId,
      rateeId: b.userId,
      score: 5,
      tags: ["on_time"],
    });
    expect(
      await refusal(
        rateCoRider(database.db, { groupId, raterId: a.userId, rateeId: b.userId, score: 4, tags: [] }),
      ),
    ).toBe("already-rated");
    const outsider = await verifiedRider(database.db, "남");
    expect(
      await refusal(
        rateCoRider(database.db, {
          groupId,
          raterId: outsider.userId,
          rateeId: b.userId,
          score: 1,
          tags: [],
        }),
      ),
    ).toBe("not-co-rider");
    await reportNoShow(database.db, { groupId, reporterId: b.userId, reportedId: a.userId });
    await reportNoShow(database.db, { groupId, reporterId: b.userId, reportedId: a.userId });
    expect(await database.db.rideNoShow.count({ where: { reportedId: a.userId } })).toBe(1);
    const rating = await database.db.rating.findFirstOrThrow({
      where: { context: "ride", subjectId: groupId },
    });
    expect([rating.raterId, rating.rateeId, rating.score]).toEqual([a.userId, b.userId, 5]);

    // Whoever is proposed to ride with 사랑 next sees the report next to her name.
    const next = await verifiedRider(database.db, "다음");
    const later = new Date(departAt.getTime() + 60 * MINUTE_MS);
    const again = await requestRide(database.db, a, later, departAt);
    const theirs = await requestRide(database.db, next, later, departAt);
    expect((await propose([again, theirs], departAt)).status).toBe("proposed");
    const [proposal] = (await outbox(next.userId)).filter((row) => row.messageKey === "notify-ride-proposal");
    expect(proposal?.params).toMatchObject({ riders: "· 사랑 ☆ - ✓ · Lv.0 · 36.5° 🚫1", flagged: 1 });
  });
});

describe("upkeep and alerts", () => {
  it("expires waiting requests whose window closed and tells the rider", async () => {
    const rider = await verifiedRider(database.db, "늦은");
    const id = await requestRide(database.db, rider, at(30), now);
    await expireWaitingRequests(database.db, at(50));
    const request = await requestOf(id);
    expect([request.status, request.liveRiderId]).toEqual(["expired", null]);
    expect((await outbox(rider.userId)).map((row) => row.messageKey)).toContain("notify-ride-no-match");
  });

  it("tells alert owners about a ride their way around their time, once", async () => {
    const owner = await verifiedRider(database.db, "알림");
    await addRideAlert(database.db, owner.userId, {
      origin: { ...offset(gangnam, 0.2), label: "강남구", precision: 0 },
      destination: { ...offset(gangnam, 8.5), label: "송파구", precision: 0 },
      minuteOfDay: 23 * 60 + 10,
    });
    const rider = await verifiedRider(database.db, "요청");
    const tonight = new Date("2026-11-21T14:00:00Z"); // 23:00 in Seoul
    const id = await requestRide(database.db, rider, tonight, now);
    expect(await matchRideAlerts(database.db, id, settings, now)).toBe(1);
    expect(await matchRideAlerts(database.db, id, settings, now)).toBe(0);
    const [notice] = (await outbox(owner.userId)).filter((row) => row.messageKey === "notify-ride-alert");
    expect(notice?.params).toMatchObject({ from: "강남구", to: "송파구" });
    expect(JSON.stringify(notice?.params)).not.toContain("요청");
    expect(notice?.buttons).toEqual([[{ label: { key: "button-new-ride" }, action: "c|ride|" }]]);
  });
});
