import { describe, expect, it } from "vitest";
import { seededRandom } from "../../bench/market-data.js";
import { compatible } from "./grouping.js";
import { OpenRequests } from "./open-requests.js";
import { defaultCarpoolSettings as settings } from "./settings.js";
import { gangnam, offset, rideWish, TONIGHT } from "./test-wish.js";
import type { RideWish } from "./types.js";

const MINUTE_MS = 60_000;
const ids = (wishes: RideWish[]) => wishes.map((wish) => wish.id).sort();

describe("OpenRequests", () => {
  it("holds, finds and lets go of requests", () => {
    const index = new OpenRequests();
    const [a, b] = [rideWish(), rideWish()];
    index.upsert(a);
    index.upsert(b);
    expect(index.size).toBe(2);
    expect(index.get(a.id)).toBe(a);
    expect(ids([...index.waiting()])).toEqual(ids([a, b]));
    expect(index.remove(a.id)).toBe(true);
    expect(index.remove(a.id)).toBe(false);
    expect(index.get(a.id)).toBeUndefined();
    expect(index.candidatesFor(rideWish(), settings)).toEqual([b]);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.candidatesFor(rideWish(), settings)).toEqual([]);
  });

  it("keeps the latest version of a request, refiled where it now starts", () => {
    const index = new OpenRequests();
    const first = rideWish({ version: 1 });
    const moved = { ...first, origin: offset(gangnam, 5), version: 2 };
    expect(index.upsert(moved)).toBe(true);
    expect(index.upsert(first)).toBe(false);
    expect(index.get(first.id)).toBe(moved);
    expect(index.candidatesFor(rideWish(), settings)).toEqual([]);
    expect(index.candidatesFor(rideWish({ origin: offset(gangnam, 5.2) }), settings)).toEqual([moved]);
    expect(index.size).toBe(1);
  });

  it("finds a long window from any half hour of it, once", () => {
    const index = new OpenRequests();
    const long = rideWish({ earliest: TONIGHT - 3 * 60 * MINUTE_MS, latest: TONIGHT + 3 * 60 * MINUTE_MS });
    index.upsert(long);
    const query = rideWish({ earliest: TONIGHT - 90 * MINUTE_MS, latest: TONIGHT + 90 * MINUTE_MS });
    expect(index.candidatesFor(query, settings)).toEqual([long]);
    const atItsEnd = rideWish({ earliest: long.latest, latest: long.latest + 30 * MINUTE_MS });
    expect(index.candidatesFor(atItsEnd, settings)).toEqual([long]);
    const afterItsEnd = rideWish({ earliest: long.latest + 1, latest: long.latest + 30 * MINUTE_MS });
    expect(index.candidatesFor(afterItsEnd, settings)).toEqual([]);
  });

  it("finds pickups in the neighbouring cells, up to the radius", () => {
    const index = new OpenRequests();
    const around = [0, 45, 90, 135, 180, 225, 270, 315].flatMap((degrees) => {
      const east = Math.sin((degrees * Math.PI) / 180);
      const north = Math.cos((degrees * Math.PI) / 180);
      return [0.99, 1.01].map((km) => rideWish({ origin: offset(gangnam, east * km, north * km) }));
    });
    for (const wish of around) index.upsert(wish);
    const found = index.candidatesFor(rideWish(), settings);
    expect(found).toHaveLength(8);
    expect(ids(found)).toEqual(ids(around.filter((_, i) => i % 2 === 0)));
  });

  it("keeps, when limited, the most promising of the compatible requests", () => {
    const index = new OpenRequests();
    const sameWay = Array.from({ length: 10 }, (_, i) =>
      rideWish({ destination: offset(gangnam, 8, i / 10) }),
    );
    const otherWay = Array.from({ length: 10 }, () => rideWish({ destination: offset(gangnam, -8) }));
    const mayNotShare = Array.from({ length: 5 }, () => rideWish({ playground: true }));
    for (const wish of [...otherWay, ...mayNotShare, ...sameWay]) index.upsert(wish);
    const query = rideWish({ destination: offset(gangnam, 8) });
    expect(ids(index.candidatesFor(query, settings, 10))).toEqual(ids(sameWay));
    expect(index.candidatesFor(query, settings, 3).map((wish) => wish.id)).toEqual(
      sameWay.slice(0, 3).map((wish) => wish.id),
    );
    expect(index.candidatesFor(query, settings)).toHaveLength(20);
  });

  it("finds exactly what checking every request would find", () => {
    const random = seededRandom(7);
    const index = new OpenRequests();
    const spread = () => {
      const earliest = TONIGHT + Math.floor(random() * 48) * 15 * MINUTE_MS;
      return rideWish({
        origin: offset(gangnam, random() * 6, random() * 6),
        destination: offset(gangnam, 10 * random(), -10 * random()),
        earliest,
        latest: earliest + Math.floor(random() * 6 * 60) * MINUTE_MS,
        seats: 1 + Math.floor(random() * 3),
        gender: random() < 0.5 ? "female" : "male",
        sameGender: random() < 0.2,
      });
    };
    const held = Array.from({ length: 3_000 }, spread);
    for (const wish of held) index.upsert(wish);
    for (const wish of held.slice(0, 500)) index.remove(wish.id);
    const open = held.slice(500);
    let found = 0;
    for (let query = 0; query < 200; query++) {
      const wish = spread();
      const expected = open.filter((other) => compatible(wish, other, settings));
      const candidates = index.candidatesFor(wish, settings);
      expect(ids(candidates)).toEqual(ids(expected));
      found += candidates.length;
    }
    expect(found).toBeGreaterThan(1_000);
  });
});
