import { describe, expect, it } from "vitest";
import { carpoolSettingsOverrides, carpoolSettingsWith, defaultCarpoolSettings } from "./settings.js";

describe("carpool settings", () => {
  it("takes the defaults as they are", () => {
    expect(carpoolSettingsWith({})).toEqual(defaultCarpoolSettings);
  });

  it("lays overrides over the defaults, one fare entry at a time", () => {
    const overrides = carpoolSettingsOverrides.parse({ originRadiusM: 700, fare: { baseFareKrw: 5_000 } });
    const settings = carpoolSettingsWith(overrides);
    expect(settings.originRadiusM).toBe(700);
    expect(settings.fare.baseFareKrw).toBe(5_000);
    expect(settings.fare.stepDistanceM).toBe(131);
    expect(settings.minTripM).toBe(500);
  });

  it.each([
    ["a misspelt key", { originRadius: 700 }],
    ["a misspelt fare key", { fare: { baseFare: 5_000 } }],
    ["an unknown time zone", { timeZone: "Asia/Busan" }],
    ["23 hourly speeds", { speedKmhByHour: Array(23).fill(30) }],
    ["a road shorter than the crow flies", { roadFactor: 0.9 }],
  ])("refuses %s", (_, overrides) => {
    expect(carpoolSettingsOverrides.safeParse(overrides).success).toBe(false);
  });

  it("refuses a service area whose corners are swapped", () => {
    const serviceArea = { minLat: 38.7, maxLat: 33, minLng: 124.5, maxLng: 131 };
    expect(() => carpoolSettingsWith({ serviceArea })).toThrow();
  });

  it("drives slower in the commute peaks than at night", () => {
    const speed = (hour: number) => defaultCarpoolSettings.speedKmhByHour[hour] as number;
    for (const peak of [7, 8, 17, 18]) {
      for (const night of [0, 1, 2, 3, 4]) expect(speed(peak)).toBeLessThan(speed(night));
    }
  });
});
