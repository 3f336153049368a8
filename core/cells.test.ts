import { destination, point } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { boundingBox, cellAndNeighbours, cellOf, cellsAround, metresBetween } from "./cells.js";

const sillim = { lat: 37.4841, lng: 126.9297 };
const gangnam = { lat: 37.4979, lng: 127.0276 };

/** A small seeded generator, so a failing case comes back on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function away(from: { lat: number; lng: number }, metres: number, bearing: number) {
  const [lng, lat] = destination(point([from.lng, from.lat]), metres, bearing, { units: "meters" }).geometry
    .coordinates as [number, number];
  return { lat, lng };
}

describe("metresBetween", () => {
  it("measures Seoul distances as a map would", () => {
    expect(metresBetween(sillim, sillim)).toBe(0);
    expect(metresBetween(sillim, gangnam)).toBeGreaterThan(8_700);
    expect(metresBetween(sillim, gangnam)).toBeLessThan(8_900);
    expect(metresBetween(sillim, gangnam)).toBeCloseTo(metresBetween(gangnam, sillim), 6);
    expect(metresBetween(sillim, away(sillim, 2_500, 40))).toBeCloseTo(2_500, 3);
  });
});

describe("cellsAround", () => {
  it("holds the cell of every point within the radius, the circle's edge included", () => {
    const next = random(20_261_121);
    const missed: string[] = [];
    for (let round = 0; round < 2_000; round++) {
      const centre = { lat: 37.43 + next() * 0.26, lng: 126.8 + next() * 0.38 };
      const radius = 100 + Math.floor(next() * 9_900);
      const cells = new Set(cellsAround(centre.lat, centre.lng, radius));
      // Random points inside, and the four points of the circle furthest along each axis.
      const bearings = [0, 90, 180, -90, next() * 360, next() * 360];
      for (const [index, bearing] of bearings.entries()) {
        const distance = index < 4 ? radius - 0.01 : radius * Math.sqrt(next());
        const spot = away(centre, distance, bearing);
        if (!cells.has(cellOf(spot.lat, spot.lng)))
          missed.push(`${JSON.stringify(centre)} r=${radius} b=${bearing}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it("reads only the few cells near a small circle", () => {
    expect(cellsAround(sillim.lat, sillim.lng, 100).length).toBeLessThanOrEqual(4);
    expect(cellsAround(sillim.lat, sillim.lng, 3_000).length).toBeLessThanOrEqual(9);
    expect(cellsAround(sillim.lat, sillim.lng, 3_000)).toContain(cellOf(sillim.lat, sillim.lng));
    expect(cellsAround(sillim.lat, sillim.lng, 3_000)).not.toContain(cellOf(gangnam.lat, gangnam.lng));
  });

  it("leaves out corners of the bounding box that the circle misses", () => {
    const next = random(7);
    let boxCells = 0;
    let readCells = 0;
    for (let i = 0; i < 500; i++) {
      const centre = { lat: 37.45 + next() * 0.2, lng: 126.85 + next() * 0.3 };
      const box = boundingBox(centre.lat, centre.lng, 3_000);
      const [low, high] = [cellOf(box.minLat, box.minLng), cellOf(box.maxLat, box.maxLng)];
      const rows = Math.floor(high / 20_000) - Math.floor(low / 20_000) + 1;
      const columns = (high % 20_000) - (low % 20_000) + 1;
      boxCells += rows * columns;
      readCells += cellsAround(centre.lat, centre.lng, 3_000).length;
    }
    expect(readCells).toBeLessThan(boxCells * 0.95);
  });

  it("keeps the bounding box around the circle", () => {
    const box = boundingBox(sillim.lat, sillim.lng, 3_000);
    for (const bearing of [0, 90, 180, 270]) {
      const edge = away(sillim, 2_999.99, bearing);
      expect(edge.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(edge.lat).toBeLessThanOrEqual(box.maxLat);
      expect(edge.lng).toBeGreaterThanOrEqual(box.minLng);
      expect(edge.lng).toBeLessThanOrEqual(box.maxLng);
    }
  });
});

describe("cellAndNeighbours", () => {
  it("holds every home within 2.9 km, and neighbours are in each other's blocks", () => {
    const next = random(20_261_204);
    for (let round = 0; round < 500; round++) {
      const home = { lat: 37.43 + next() * 0.26, lng: 126.8 + next() * 0.38 };
      const other = away(home, next() * 2_900, next() * 360);
      const mine = cellOf(home.lat, home.lng);
      const theirs = cellOf(other.lat, other.lng);
      expect(cellAndNeighbours(mine)).toContain(theirs);
      expect(cellAndNeighbours(theirs)).toContain(mine);
    }
    expect(new Set(cellAndNeighbours(cellOf(sillim.lat, sillim.lng))).size).toBe(9);
  });
});
