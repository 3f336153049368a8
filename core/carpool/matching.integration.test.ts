import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import type { Database } from "../db/client.js";
import { createMatcher } from "./matching.js";
import { answerProposal } from "./proposals/mutations.js";
import { defaultCarpoolSettings as settings } from "./settings.js";
import { expectNoDoubleBooking } from "./test-bookings.js";
import { requestRide, verifiedRider } from "./test-riders.js";
import { gangnam, offset } from "./test-wish.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const MINUTE_MS = 60_000;
/** Matching runs on the wall clock, so departures are set from it. */
const inAnHour = () => new Date(Date.now() + 60 * MINUTE_MS);

const matcherOn = (db: Database) => createMatcher({ db, settings, onRebuilt: () => {} });

describe("matcher", () => {
  it("proposes a new request with the close one going the same way, not with the far one", async () => {
    const db = database.db;
    const now = new Date();
    const a = await verifiedRider(db, "가");
    const b = await verifiedRider(db, "나");
    const far = await verifiedRider(db, "다");
    const ra = await requestRide(db, a, inAnHour(), now);
    await requestRide(db, far, inAnHour(), now, { origin: { ...offset(gangnam, 0, 5), precision: 0 } });
    const matcher = matcherOn(db);
    expect(await matcher.matchRequest(ra, 1)).toBeUndefined();
    const rb = await requestRide(db, b, inAnHour(), now, {
      origin: { ...offset(gangnam, 0.4), precision: 0 },
    });
    const groupId = await matcher.matchRequest(rb, 1);
    expect(groupId).toBeDefined();
    const members = await db.rideGroupMember.findMany({ where: { groupId: groupId as string } });
    expect(members.map((member) => member.requestId).sort()).toEqual([ra, rb].sort());
    expect((await db.rideRequest.findUniqueOrThrow({ where: { id: rb } })).matchDueAt).toBeNull();
    await expectNoDoubleBooking(db);
  });

  it("rebuilds from Postgres and follows changes made elsewhere (a decline puts riders back)", async () => {
    const db = database.db;
    const now = new Date();
    const c = await verifiedRider(db, "라");
    const d = await verifiedRider(db, "마");
    const rc = await requestRide(db, c, inAnHour(), now, {
      origin: { ...offset(gangnam, 3, 3), precision: 0 },
    });
    const rd = await requestRide(db, d, inAnHour(), now, {
      origin: { ...offset(gangnam, 3.2, 3), precision: 0 },
    });
    const first = matcherOn(db);
    const groupId = await first.matchRequest(rd, 1);
    expect(groupId).toBeDefined();
    await answerProposal(db, { groupId: groupId as string, userId: c.userId, accept: false });
    // A fresh worker (or one after a Redis loss) starts from Postgres: both wait again, and the
    // decliner's wish not to ride with the same person holds.
    const second = matcherOn(db);
    const { version } = await db.rideRequest.findUniqueOrThrow({ where: { id: rc } });
    expect(await second.matchRequest(rc, version)).toBeUndefined();
    expect(await second.matchBatch()).toBe(0);
    expect((await db.rideRequest.findUniqueOrThrow({ where: { id: rd } })).status).toBe("waiting");
  });

  it("splits the fare equally only when every rider asked for it", async () => {
    const db = database.db;
    const now = new Date();
    const near = { ...offset(gangnam, -3, -3), precision: 0 };
    const next = { ...offset(gangnam, -2.8, -3), precision: 0 };
    const e = await verifiedRider(db, "바");
    const f = await verifiedRider(db, "사");
    const re = await requestRide(db, e, inAnHour(), now, { origin: near, split: "equal" });
    // Halfway along the other's route: by distance, this rider would pay about a third.
    const halfway = { ...offset(gangnam, 2.5, -1.5), precision: 0 };
    const rf = await requestRide(db, f, inAnHour(), now, {
      origin: next,
      destination: halfway,
      split: "equal",
    });
    const matcher = matcherOn(db);
    const groupId = await matcher.matchRequest(re, 1);
    expect(await matcher.matchRequest(rf, 1)).toBeUndefined();
    const group = await db.rideGroup.findUniqueOrThrow({
      where: { id: groupId as string },
      include: { members: true },
    });
    expect(group.split).toBe("equal");
    // Shares are whole hundreds of won, so an odd hundred goes to one rider.
    const [one, two] = group.members.map((member) => member.shareKrw) as [number, number];
    expect(one + two).toBe(group.fareKrw);
    expect(Math.abs(one - two)).toBeLessThanOrEqual(100);
  });

  it("two workers matching the same crowd at once never put a rider in two groups", async () => {
    const db = database.db;
    const now = new Date();
    const riders = await Promise.all(Array.from({ length: 24 }, (_, i) => verifiedRider(db, `군중${i}`)));
    const ids: string[] = [];
    for (const [i, rider] of riders.entries()) {
      const start = offset(gangnam, -6 + (i % 4) * 0.2, -6 + Math.floor(i / 4) * 0.1);
      ids.push(await requestRide(db, rider, inAnHour(), now, { origin: { ...start, precision: 0 } }));
    }
    const [one, two] = [matcherOn(db), matcherOn(db)];
    // Each worker runs one job at a time; both get every request, in opposite orders, then a batch pass.
    const work = async (matcher: typeof one, order: string[]) => {
      for (const id of order) await matcher.matchRequest(id, 1);
      await matcher.matchBatch();
    };
    await Promise.all([work(one, ids), work(two, [...ids].reverse())]);
    const live = await expectNoDoubleBooking(db);
    const grouped = live.flatMap((group) => group.members.map((member) => member.requestId));
    expect(grouped.filter((id) => ids.includes(id)).length).toBeGreaterThanOrEqual(ids.length - 1);
  });
});
