import { describe, expect, it } from "vitest";
import { answerableWish, assignBatch, bestGroupFor, compatible } from "./grouping.js";
import { defaultCarpoolSettings as settings } from "./settings.js";
import { gangnam, offset, rideWish, TONIGHT } from "./test-wish.js";
import { roadEstimator } from "./travel.js";
import type { RideWish } from "./types.js";

const estimate = roadEstimator(settings);
const HOUR_MS = 3_600_000;

describe("compatible", () => {
  const base = rideWish();

  it("pairs two requests leaving close together about the same time", () => {
    const other = rideWish({ origin: offset(gangnam, 0.6, 0.6), destination: offset(gangnam, -5, 3) });
    expect(compatible(base, other, settings)).toBe(true);
  });

  it.each<[string, Partial<RideWish>]>([
    ["itself", { id: base.id }],
    ["the same rider's other request", { riderId: base.riderId }],
    ["a pickup 1.1 km away", { origin: offset(gangnam, 1.1) }],
    ["a window an hour later", { earliest: TONIGHT + HOUR_MS, latest: TONIGHT + 2 * HOUR_MS }],
    ["a playground persona", { playground: true }],
    ["a request that declined it", { avoid: [base.id] }],
    ["four more seats", { seats: 4 }],
    ["a rider who rides with women only", { sameGender: true, gender: "female" }],
  ])("never pairs a request with %s", (_, changes) => {
    const other = rideWish(changes);
    expect(compatible(base, other, settings)).toBe(false);
    expect(compatible(other, base, settings)).toBe(false);
  });

  it("pairs riders who ask for their own gender only with that gender, stated", () => {
    const woman = rideWish({ sameGender: true, gender: "female" });
    expect(compatible(woman, rideWish({ gender: "female" }), settings)).toBe(true);
    expect(compatible(woman, rideWish({ gender: "male" }), settings)).toBe(false);
    expect(compatible(woman, rideWish({ gender: undefined }), settings)).toBe(false);
    expect(compatible(rideWish({ sameGender: true }), rideWish(), settings)).toBe(false);
  });

  it("keeps a rider colder than another's minimum temperature out, whichever asked first", () => {
    const choosy = rideWish({ minTemperature: 37 });
    const cold = rideWish({ temperature: 36.9 });
    expect(compatible(choosy, cold, settings)).toBe(false);
    expect(compatible(cold, choosy, settings)).toBe(false);
    expect(compatible(choosy, rideWish({ temperature: 37 }), settings)).toBe(true);
    expect(bestGroupFor(cold, [choosy], estimate, settings)).toBeUndefined();
    expect(bestGroupFor(cold, [choosy, rideWish()], estimate, settings)?.requestIds).toHaveLength(2);
  });

  it("does not pair a declined request with its decliner", () => {
    const declined = rideWish();
    expect(compatible(rideWish({ avoid: [declined.id] }), declined, settings)).toBe(false);
  });
});

describe("bestGroupFor", () => {
  const east = (km: number, changes: Partial<RideWish> = {}) =>
    rideWish({ destination: offset(gangnam, km), ...changes });

  it("chooses the partner who adds the least time", () => {
    const wish = east(8);
    const sideways = rideWish({ destination: offset(gangnam, 8, 2) });
    const alongTheWay = east(6);
    const plan = bestGroupFor(wish, [sideways, alongTheWay], estimate, settings);
    expect(plan?.requestIds).toEqual([wish.id, alongTheWay.id]);
  });

  it("finds nothing when every candidate would take too long or cannot come", () => {
    const wish = east(8);
    const opposite = rideWish({ destination: offset(gangnam, -8) });
    const tooFar = east(8, { origin: offset(gangnam, 0, 1.5) });
    expect(bestGroupFor(wish, [opposite, tooFar], estimate, settings)).toBeUndefined();
    expect(bestGroupFor(wish, [], estimate, settings)).toBeUndefined();
  });

  it("fills the taxi when more riders add no time", () => {
    const wish = east(8);
    const same = [east(8), east(8), east(8)];
    expect(bestGroupFor(wish, same, estimate, settings)?.requestIds).toHaveLength(4);
    const twoSeats = [east(8, { seats: 2 }), east(8), east(8)];
    expect(bestGroupFor(wish, twoSeats, estimate, settings)?.requestIds).toHaveLength(3);
  });

  it("never groups candidates that may not ride with each other", () => {
    const wish = east(8);
    const first = east(8);
    const second = east(8, { avoid: [first.id] });
    const plan = bestGroupFor(wish, [first, second], estimate, settings);
    expect(plan?.requestIds).toHaveLength(2);
  });
});

describe("assignBatch", () => {
  it("groups each request at most once, the least extra time per rider first", () => {
    // b fits both a (who turns off north, so some extra time) and c (the same trip, hardly any);
    // c declined a before. First come, first served would pair a with b and leave c alone.
    const a = rideWish({ id: "a", destination: offset(gangnam, 4, 3) });
    const b = rideWish({ id: "b", destination: offset(gangnam, 8) });
    const c = rideWish({
      id: "c",
      destination: offset(gangnam, 8),
      origin: offset(gangnam, 0.3),
      avoid: ["a"],
    });
    const all = [a, b, c];
    const candidatesOf = (wish: RideWish) => all.filter((other) => compatible(wish, other, settings));
    expect(bestGroupFor(a, candidatesOf(a), estimate, settings)?.requestIds).toEqual(["a", "b"]);
    const groups = assignBatch(all, candidatesOf, estimate, settings);
    expect(groups.map((group) => [...group.requestIds].sort())).toEqual([["b", "c"]]);
  });

  it("puts every waiting request in at most one group", () => {
    const wishes = Array.from({ length: 30 }, (_, i) =>
      rideWish({ origin: offset(gangnam, (i % 5) * 0.2), destination: offset(gangnam, 6 + (i % 7), i % 3) }),
    );
    const candidatesOf = (wish: RideWish) => wishes.filter((other) => compatible(wish, other, settings));
    const groups = assignBatch(wishes, candidatesOf, estimate, settings);
    const grouped = groups.flatMap((group) => group.requestIds);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect(grouped.length).toBeGreaterThan(20);
  });
});

describe("answerableWish", () => {
  const MINUTE_MS = 60_000;
  const wish = rideWish(); // TONIGHT ± 15 minutes

  it("starts the window once a proposal can be answered, and drops a window closing sooner", () => {
    expect(answerableWish(wish, TONIGHT - 60 * MINUTE_MS, settings)).toEqual(wish);
    const late = answerableWish(wish, TONIGHT - 5 * MINUTE_MS, settings);
    expect(late?.earliest).toBe(TONIGHT + 5 * MINUTE_MS);
    expect(late?.latest).toBe(wish.latest);
    expect(answerableWish(wish, TONIGHT + 6 * MINUTE_MS, settings)).toBeUndefined();
  });
});
