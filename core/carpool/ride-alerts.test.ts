import { describe, expect, it } from "vitest";
import { rideAlertMatches } from "./ride-alerts.js";
import { defaultCarpoolSettings as settings } from "./settings.js";
import { gangnam, offset } from "./test-wish.js";

const destination = offset(gangnam, 8);
const alert = (minuteOfDay: number, from = gangnam) => ({
  originLat: from.lat,
  originLng: from.lng,
  destLat: destination.lat,
  destLng: destination.lng,
  minuteOfDay,
});
/** A request leaving between the two Seoul times of 2026-11-21 (UTC+9). */
const request = (earliestUtc: string, latestUtc: string, to = destination) => ({
  originLat: gangnam.lat,
  originLng: gangnam.lng,
  destLat: to.lat,
  destLng: to.lng,
  earliest: new Date(earliestUtc),
  latest: new Date(latestUtc),
});

describe("ride alerts", () => {
  const tonight = request("2026-11-21T14:45:00Z", "2026-11-21T15:15:00Z"); // 23:45–00:15 in Seoul

  it("match around their time of day, across midnight, within 30 minutes", () => {
    expect(rideAlertMatches(alert(0), tonight, settings)).toBe(true);
    expect(rideAlertMatches(alert(23 * 60 + 20), tonight, settings)).toBe(true);
    expect(rideAlertMatches(alert(40), tonight, settings)).toBe(true);
    expect(rideAlertMatches(alert(23 * 60), tonight, settings)).toBe(false);
    expect(rideAlertMatches(alert(60), tonight, settings)).toBe(false);
  });

  it("need the start within the pickup radius and the end within 2 km", () => {
    expect(rideAlertMatches(alert(0, offset(gangnam, 1.5)), tonight, settings)).toBe(false);
    const elsewhere = request("2026-11-21T14:45:00Z", "2026-11-21T15:15:00Z", offset(gangnam, 8, 3));
    expect(rideAlertMatches(alert(0), elsewhere, settings)).toBe(false);
  });
});
