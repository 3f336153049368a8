import { describe, expect, it } from "vitest";
import { approximate, parseCoordinates } from "./place.js";

const cityHall = { lat: 37.56654, lng: 126.97797, precision: 0 };

function metresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

describe("approximate", () => {
  it("moves a point by at most half a cell diagonal and records the precision", () => {
    const rounded = approximate(cityHall, 500);
    expect(rounded.precision).toBe(500);
    expect(rounded).not.toEqual(cityHall);
    expect(metresBetween(rounded, cityHall)).toBeLessThanOrEqual(Math.SQRT2 * 250 + 1);
  });

  it("puts nearby points in the same cell, so neighbours cannot be told apart", () => {
    const a = approximate({ lat: 37.5551, lng: 126.9101, precision: 0 }, 500);
    const b = approximate({ lat: 37.5553, lng: 126.9103, precision: 0 }, 500);
    expect(a).toEqual(b);
  });

  it("never makes a coarse place finer", () => {
    const coarse = { ...cityHall, precision: 1000 };
    expect(approximate(coarse, 500)).toBe(coarse);
  });
});

describe("parseCoordinates", () => {
  it("reads coordinates with an optional label", () => {
    expect(parseCoordinates("37.5665, 126.9780 망원동")).toEqual({
      lat: 37.5665,
      lng: 126.978,
      label: "망원동",
      precision: 0,
    });
    expect(parseCoordinates("37.5,127")).toMatchObject({ lat: 37.5, lng: 127 });
  });

  it("refuses text and out-of-range numbers", () => {
    expect(parseCoordinates("망원동")).toBeUndefined();
    expect(parseCoordinates("91, 10")).toBeUndefined();
    expect(parseCoordinates("10, 181")).toBeUndefined();
  });
});
