import { describe, expect, it } from "vitest";
import { metresBetween } from "../cells.js";
import { defaultCarpoolSettings } from "./settings.js";
import { gangnam, offset } from "./test-wish.js";
import { greatCircleM, roadEstimator } from "./travel.js";

describe("greatCircleM", () => {
  it.each([
    [gangnam, offset(gangnam, 0.3, 0.2)],
    [gangnam, offset(gangnam, 8, -3)],
    [gangnam, { lat: 33.4996, lng: 126.5312 }],
  ])("agrees with turf from %j to %j", (a, b) => {
    expect(greatCircleM(a, b)).toBeCloseTo(metresBetween(a, b), 6);
  });
});

describe("roadEstimator", () => {
  const estimate = roadEstimator(defaultCarpoolSettings);
  const to = offset(gangnam, 10);

  it("drives the great circle times the road factor", () => {
    const { distanceM } = estimate(gangnam, to, Date.parse("2026-11-21T05:00:00Z"));
    expect(distanceM).toBeCloseTo(greatCircleM(gangnam, to) * 1.3, 6);
  });

  it("drives at the speed of the departure's hour in Seoul, not the host's", () => {
    // 08:30 in Seoul is 15:30 the day before in Los Angeles, where the tests run.
    const rush = estimate(gangnam, to, Date.parse("2026-11-20T23:30:00Z"));
    const night = estimate(gangnam, to, Date.parse("2026-11-21T16:30:00Z"));
    expect(rush.durationS).toBeCloseTo(rush.distanceM / (17 / 3.6), 6);
    expect(night.durationS).toBeCloseTo(night.distanceM / (40 / 3.6), 6);
  });
});
