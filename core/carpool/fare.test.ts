import { describe, expect, it } from "vitest";
import { inCity } from "./area.js";
import { agreedSplit, estimateFare, groupFare } from "./fare.js";
import { defaultCarpoolSettings as settings } from "./settings.js";
import { gangnam, offset, rideWish } from "./test-wish.js";
import type { GroupPlan, RiderPlan, RideWish, Travel } from "./types.js";

/** 14:00, 22:30, 23:30 and 03:00 on 21–22 November 2026 in Seoul. */
const AFTERNOON = Date.parse("2026-11-21T05:00:00Z");
const LATE_EVENING = Date.parse("2026-11-21T13:30:00Z");
const NIGHT = Date.parse("2026-11-21T14:30:00Z");
const SMALL_HOURS = Date.parse("2026-11-21T18:00:00Z");
const DAWN = Date.parse("2026-11-21T19:00:00Z");

const seoulTrip = { from: gangnam, to: offset(gangnam, 5) };
const bundang = { lat: 37.3827, lng: 127.1189 };

/** `km` driven at a constant `kmh`. */
const driven = (km: number, kmh: number): Travel => ({ distanceM: km * 1000, durationS: (km / kmh) * 3600 });

describe("estimateFare", () => {
  it.each([
    ["the base distance", driven(1.6, 30), 4_800],
    ["130 m past it", driven(1.73, 30), 4_800],
    ["one step (131 m) past it", driven(1.731, 30), 4_900],
    // 8,400 m past the base is 64 whole steps of 131 m.
    ["10 km at 30 km/h", driven(10, 30), 11_200],
    // 5 km at 10 km/h takes 1,800 s, which the meter counts as 60 steps of 30 s (7,860 m).
    ["5 km crawled at 10 km/h", driven(5, 10), 9_500],
  ])("charges %s in the afternoon: %i won", (_, travel, fare) => {
    expect(estimateFare(travel, AFTERNOON, seoulTrip, settings)).toBe(fare);
  });

  it.each([
    ["22:30", LATE_EVENING, 13_400], // 11,200 × 1.2 = 13,440
    ["23:30", NIGHT, 15_700], // 11,200 × 1.4 = 15,680
    ["03:00", SMALL_HOURS, 13_400],
    ["04:00", DAWN, 11_200],
  ])("adds the night surcharge at %s", (_, departAt, fare) => {
    expect(estimateFare(driven(10, 30), departAt, seoulTrip, settings)).toBe(fare);
  });

  it("adds 20% when the trip leaves Seoul, on top of the night surcharge", () => {
    expect(inCity(bundang, settings)).toBe(false);
    const toBundang = { from: gangnam, to: bundang };
    expect(estimateFare(driven(10, 30), AFTERNOON, toBundang, settings)).toBe(13_400);
    expect(estimateFare(driven(10, 30), NIGHT, toBundang, settings)).toBe(17_900); // × 1.6
  });
});

function rider(requestId: string, onBoardKm: number, soloKm: number): RiderPlan {
  return {
    requestId,
    pickupOrder: 0,
    dropOrder: 0,
    solo: driven(soloKm, 30),
    onBoard: driven(onBoardKm, 30),
    extraS: 0,
  };
}

function plan(riders: RiderPlan[], routeKm: number): GroupPlan {
  return {
    requestIds: riders.map((planned) => planned.requestId),
    departAt: AFTERNOON,
    route: driven(routeKm, 30),
    riders,
    totalExtraS: 0,
  };
}

describe("groupFare", () => {
  const wishes: RideWish[] = ["a", "b", "c"].map((id) => rideWish({ id }));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  it("splits the shared fare by the distance each rider rides, next to their solo fare", () => {
    const fare = groupFare(plan([rider("a", 5, 5), rider("b", 10, 10)], 10), wishes, "distance", settings);
    expect(fare.fareKrw).toBe(11_200);
    // 11,200 × 5/15 = 3,733 and × 10/15 = 7,467: 37 and 74 hundreds, the last hundred to b.
    // Alone, a rides 5 km: 3,400 m past the base, 25 steps.
    expect(fare.riders).toEqual([
      { requestId: "a", soloFareKrw: 7_300, shareKrw: 3_700 },
      { requestId: "b", soloFareKrw: 11_200, shareKrw: 7_500 },
    ]);
  });

  it("splits equally into shares of 100 won that add up to the fare", () => {
    const riders = [rider("a", 4, 4), rider("b", 7, 7), rider("c", 10, 10)];
    const fare = groupFare(plan(riders, 10), wishes, "equal", settings);
    expect(fare.riders.map((share) => share.shareKrw)).toEqual([3_800, 3_700, 3_700]);
    expect(sum(fare.riders.map((share) => share.shareKrw))).toBe(fare.fareKrw);
  });

  it("weighs a request for two seats as two people", () => {
    const pair = [rideWish({ id: "a", seats: 2 }), rideWish({ id: "b" })];
    const fare = groupFare(plan([rider("a", 10, 10), rider("b", 10, 10)], 10), pair, "equal", settings);
    expect(fare.riders.map((share) => share.shareKrw)).toEqual([7_500, 3_700]);
  });

  it("always adds up to the fare", () => {
    for (let km = 2; km < 30; km += 0.37) {
      const riders = [rider("a", km / 3, km / 3), rider("b", km / 2, km / 2), rider("c", km, km)];
      const fare = groupFare(plan(riders, km), wishes, "distance", settings);
      expect(sum(fare.riders.map((share) => share.shareKrw))).toBe(fare.fareKrw);
      for (const share of fare.riders) expect(share.shareKrw % 100).toBe(0);
    }
  });

  it("charges the city surcharge when any rider leaves the city", () => {
    const leaving = [rideWish({ id: "a" }), rideWish({ id: "b", destination: bundang })];
    const fare = groupFare(plan([rider("a", 5, 5), rider("b", 10, 10)], 10), leaving, "distance", settings);
    expect(fare.fareKrw).toBe(13_400);
    expect(fare.riders.map((share) => share.soloFareKrw)).toEqual([7_300, 13_400]);
  });
});

describe("agreed split", () => {
  it("is equal only when every rider asked for it", () => {
    expect(agreedSplit([{ split: "equal" }, { split: "equal" }])).toBe("equal");
    expect(agreedSplit([{ split: "equal" }, { split: "distance" }])).toBe("distance");
  });
});
