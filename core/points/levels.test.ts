import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { levelBand, levelOf, pointsToNextLevel } from "./levels.js";

describe("levels", () => {
  it("level 1 needs 100 points, level 2 another 155, level 3 another 220", () => {
    expect([0, 1, 2].map(pointsToNextLevel)).toEqual([100, 155, 220]);
    expect(levelOf(99)).toEqual({ level: 0, intoLevel: 99, levelSpan: 100 });
    expect(levelOf(100)).toEqual({ level: 1, intoLevel: 0, levelSpan: 155 });
    expect(levelOf(254)).toEqual({ level: 1, intoLevel: 154, levelSpan: 155 });
    expect(levelOf(255)).toEqual({ level: 2, intoLevel: 0, levelSpan: 220 });
    expect(levelOf(475)).toEqual({ level: 3, intoLevel: 0, levelSpan: 295 });
  });

  it("nothing earned is level 0 with 100 to go", () => {
    expect(levelOf(0)).toEqual({ level: 0, intoLevel: 0, levelSpan: 100 });
  });

  it("the levels' spans and the progress add back up to the points earned", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (earned) => {
        const { level, intoLevel, levelSpan } = levelOf(earned);
        let reached = 0;
        for (let l = 0; l < level; l++) reached += pointsToNextLevel(l);
        expect(reached + intoLevel).toBe(earned);
        expect(intoLevel).toBeLessThan(levelSpan);
      }),
    );
  });

  it("earning more never lowers the level", () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(1_000_000), (earned, more) => {
        expect(levelOf(earned + more).level).toBeGreaterThanOrEqual(levelOf(earned).level);
      }),
    );
  });
});

describe("levelBand", () => {
  it("names each band from its first level, and every level has a name", () => {
    expect([0, 2, 3, 5, 6, 9, 10, 14, 15, 40].map(levelBand)).toEqual([
      "sprout",
      "sprout",
      "neighbour",
      "neighbour",
      "regular",
      "regular",
      "fixture",
      "fixture",
      "legend",
      "legend",
    ]);
  });
});
