import { describe, expect, it } from "vitest";
import { checkTrip, inCity } from "./area.js";
import { defaultCarpoolSettings as settings } from "./settings.js";
import { gangnam, offset } from "./test-wish.js";

describe("checkTrip", () => {
  const refusal = (code: string, params = {}) => expect.objectContaining({ code, params });

  it("lets a trip across Seoul, or to Jeju's airport from its town, pass", () => {
    expect(() => checkTrip(gangnam, offset(gangnam, 8), settings)).not.toThrow();
    expect(() =>
      checkTrip({ lat: 33.4996, lng: 126.5312 }, { lat: 33.5066, lng: 126.4929 }, settings),
    ).not.toThrow();
  });

  it("names the place outside the service area as the rider named it, else by coordinates", () => {
    const tokyo = { lat: 35.6812, lng: 139.7671, label: "東京駅" };
    expect(() => checkTrip(tokyo, gangnam, settings)).toThrow(
      refusal("ride-outside-area", { place: "東京駅" }),
    );
    const { label: _, ...unnamed } = tokyo;
    expect(() => checkTrip(gangnam, unnamed, settings)).toThrow(
      refusal("ride-outside-area", { place: "35.6812, 139.7671" }),
    );
  });

  it("refuses a trip under 500 m", () => {
    expect(() => checkTrip(gangnam, offset(gangnam, 0.49), settings)).toThrow(refusal("ride-same-place"));
    expect(() => checkTrip(gangnam, offset(gangnam, 0.51), settings)).not.toThrow();
  });
});

describe("inCity", () => {
  it.each([
    ["Gangnam station", 37.4979, 127.0276, true],
    ["Hongdae", 37.5563, 126.9236, true],
    ["Gimpo airport", 37.5586, 126.7944, true],
    ["Nowon", 37.6542, 127.0568, true],
    ["Bundang", 37.3827, 127.1189, false],
    ["Ilsan", 37.6584, 126.77, false],
    ["Guri", 37.5943, 127.1296, false],
    ["Gwacheon", 37.4292, 126.9876, false],
    ["Incheon", 37.4563, 126.7052, false],
  ])("counts %s as in Seoul: %s", (_, lat, lng, inside) => {
    expect(inCity({ lat, lng }, settings)).toBe(inside);
  });
});
