import { describe, expect, it } from "vitest";
import { BUMP_INTERVAL_MS, canDo, type ItemAction, isListed, nextBumpAt, roundDistance } from "./rules.js";
import { type ItemStatus, itemStatuses } from "./types.js";

describe("canDo", () => {
  const allowed: Record<ItemAction, ItemStatus[]> = {
    publish: ["draft"],
    edit: ["draft", "available", "reserved"],
    reserve: ["available", "reserved"],
    unreserve: ["reserved"],
    sell: ["available", "reserved"],
    withdraw: ["draft", "available", "reserved", "expired"],
    bump: ["available", "reserved"],
    renew: ["available", "reserved", "expired"],
    contact: ["available", "reserved"],
  };

  it.each(Object.entries(allowed))("%s starts only from %j", (action, from) => {
    const permitted = itemStatuses.filter((status) => canDo(action as ItemAction, status));
    expect(permitted).toEqual(from);
  });
});

describe("isListed", () => {
  it("lists available and reserved items that are not hidden", () => {
    const listed = itemStatuses.filter((status) => isListed(status, null));
    expect(listed).toEqual(["available", "reserved"]);
    expect(isListed("available", new Date())).toBe(false);
  });
});

describe("nextBumpAt", () => {
  it("is three days after the last bump", () => {
    const bumped = new Date("2026-03-01T10:00:00Z");
    expect(nextBumpAt(bumped)).toEqual(new Date("2026-03-04T10:00:00Z"));
    expect(BUMP_INTERVAL_MS).toBe(3 * 24 * 60 * 60 * 1000);
  });
});

describe("roundDistance", () => {
  it.each([
    [0, 500],
    [249, 500],
    [749, 500],
    [751, 1_000],
    [1_240, 1_000],
    [1_250, 1_500],
    [2_998, 3_000],
    [9_740, 9_500],
  ])("shows %i m as %i m", (metres, shown) => {
    expect(roundDistance(metres)).toBe(shown);
  });

  it("never gets less coarse as the distance grows", () => {
    for (let metres = 0; metres < 12_000; metres += 7) {
      expect(roundDistance(metres + 7)).toBeGreaterThanOrEqual(roundDistance(metres));
      expect(roundDistance(metres) % 500).toBe(0);
    }
  });
});
