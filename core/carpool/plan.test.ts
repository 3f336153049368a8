import { describe, expect, it } from "vitest";
import { planGroup } from "./plan.js";
import { rideWish } from "./test-wish.js";
import type { LatLng, TravelEstimator } from "./types.js";

// On a flat map where `lng` and `lat` are kilometres east and north, driven at 36 km/h
// (100 s a kilometre), every extra time below can be worked out by hand.
const flatEstimator: TravelEstimator = (from, to) => {
  const distanceM = Math.hypot(to.lng - from.lng, to.lat - from.lat) * 1000;
  return { distanceM, durationS: distanceM / 10 };
};
const at = (eastKm: number, northKm = 0): LatLng => ({ lat: northKm, lng: eastKm });

describe("planGroup", () => {
  it("drops the nearer rider first when both go the same way", () => {
    const near = rideWish({ id: "near", origin: at(0), destination: at(5) });
    const far = rideWish({ id: "far", origin: at(0), destination: at(10) });
    const plan = planGroup([far, near], flatEstimator);
    expect(plan?.riders.map((rider) => [rider.requestId, rider.dropOrder, rider.extraS])).toEqual([
      ["far", 1, 0],
      ["near", 0, 0],
    ]);
    expect(plan?.route).toEqual({ distanceM: 10_000, durationS: 1_000 });
    expect(plan?.totalExtraS).toBe(0);
  });

  it("picks up first whoever makes the others wait least", () => {
    // a first: b waits 100 s and then rides its own 9 km (extra 100 s), a rides straight on.
    // b first: b rides back 1 km (extra 200 s), a waits 100 s for the taxi (extra 100 s).
    const a = rideWish({ id: "a", origin: at(0), destination: at(10) });
    const b = rideWish({ id: "b", origin: at(1), destination: at(10) });
    const plan = planGroup([a, b], flatEstimator);
    expect(plan?.riders.map((rider) => [rider.pickupOrder, rider.extraS])).toEqual([
      [0, 0],
      [1, 100],
    ]);
    expect(plan?.riders[1]?.onBoard).toEqual({ distanceM: 9_000, durationS: 900 });
    expect(plan?.totalExtraS).toBe(100);
  });

  it("fails when no order keeps every rider within their limit", () => {
    const a = rideWish({ origin: at(0), destination: at(10) });
    const b = rideWish({ origin: at(1), destination: at(10), maxExtraS: 99 });
    expect(planGroup([a, b], flatEstimator)).toBeUndefined();
    const opposite = rideWish({ origin: at(0), destination: at(-10) });
    expect(planGroup([a, opposite], flatEstimator)).toBeUndefined();
  });

  it("departs at the earliest moment both windows allow, or not at all", () => {
    const a = rideWish({ earliest: 0, latest: 1_000 });
    expect(planGroup([a, rideWish({ earliest: 600, latest: 2_000 })], flatEstimator)?.departAt).toBe(600);
    expect(planGroup([a, rideWish({ earliest: 1_001, latest: 2_000 })], flatEstimator)).toBeUndefined();
  });

  it("fits at most four seats", () => {
    expect(planGroup([rideWish({ seats: 2 }), rideWish({ seats: 2 })], flatEstimator)).toBeDefined();
    expect(planGroup([rideWish({ seats: 3 }), rideWish({ seats: 2 })], flatEstimator)).toBeUndefined();
  });

  it("orders four riders along their way", () => {
    const riders = [7, 3, 9, 5].map((km) => rideWish({ id: `to-${km}`, origin: at(0), destination: at(km) }));
    const plan = planGroup(riders, flatEstimator);
    expect(plan?.riders.map((rider) => rider.dropOrder)).toEqual([2, 0, 3, 1]);
    expect(plan?.totalExtraS).toBe(0);
    expect(plan?.requestIds).toEqual(["to-7", "to-3", "to-9", "to-5"]);
  });

  it("weighs the wait for a pickup against a detour", () => {
    // a and b start together, c 900 m north of them, all three going 10 km east. Fetching c first
    // and dropping c last costs 360 s in all: a and b wait 90 s each, c rides 1.8 km sideways.
    // Fetching c last costs 372 s (a and b wait 90 s and cross over to their drop-off, 10.04 km;
    // c waits 90 s and is then carried on from there), and the two other orders more still.
    const a = rideWish({ id: "a", origin: at(0), destination: at(10) });
    const b = rideWish({ id: "b", origin: at(0), destination: at(10) });
    const c = rideWish({ id: "c", origin: at(0, 0.9), destination: at(10, 0.9) });
    const plan = planGroup([a, b, c], flatEstimator);
    const [first, second, last] = plan?.riders ?? [];
    expect([last?.pickupOrder, last?.dropOrder, last?.extraS]).toEqual([0, 2, 180]);
    expect([first?.extraS, second?.extraS]).toEqual([90, 90]);
    expect(plan?.totalExtraS).toBe(360);
  });
});
