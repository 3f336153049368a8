import { describe, expect, it } from "vitest";
import { type MemberFacts, proposalMessage, stopList } from "./messages.js";
import { gangnam, offset } from "./test-wish.js";

function member(changes: Partial<MemberFacts>): MemberFacts {
  return {
    riderId: "rider",
    displayName: "이웃",
    noShows: 0,
    reputation: { level: 0, temperature: 36.5 },
    timeZone: "Asia/Seoul",
    pickupOrder: 0,
    dropOrder: 0,
    origin: gangnam,
    destination: offset(gangnam, 8),
    soloFareKrw: 12_000,
    shareKrw: 7000,
    extraS: 240,
    ...changes,
  };
}

const first = member({
  riderId: "a",
  displayName: "지민",
  origin: offset(gangnam, 0.43),
  reputation: { level: 3, temperature: 37.2 },
});
const second = member({ riderId: "b", displayName: "서연", pickupOrder: 1, dropOrder: 1 });
const ratings = new Map([["a", { average: 4.8, count: 12 }]]);
const departAt = new Date("2026-11-21T14:30:00Z");

describe("proposal message", () => {
  it("shows the pickup only as a rounded distance from my own start, never a co-rider's spot", () => {
    const { params } = proposalMessage(
      "00000000-0000-4000-8000-000000000000",
      second,
      [first, second],
      ratings,
      { departAt, split: "distance", ttlMin: 10 },
    );
    expect(params).toMatchObject({
      depart: "11/21 23:30",
      order: 2,
      startM: 400,
      share: 7000,
      solo: 12_000,
      saving: 5000,
      split: "distance",
    });
    expect(params.riders).toBe("· 지민 ★4.8 (12) ✓ · Lv.3 · 37.2°");
    expect(JSON.stringify(params)).not.toMatch(/37\.\d{3}/);
  });

  it("flags a co-rider reported as a no-show, and counts the flagged for the legend", () => {
    const flaky = { ...first, noShows: 2 };
    const { params } = proposalMessage(
      "00000000-0000-4000-8000-000000000000",
      second,
      [flaky, second],
      ratings,
      { departAt, split: "distance", ttlMin: 10 },
    );
    expect(params.riders).toBe("· 지민 ★4.8 (12) ✓ · Lv.3 · 37.2° 🚫2");
    expect(params.flagged).toBe(1);
  });

  it("gives the first rider a zero distance and a co-rider without ratings an empty star", () => {
    const { params, buttons } = proposalMessage(
      "00000000-0000-4000-8000-000000000000",
      first,
      [first, second],
      ratings,
      { departAt, split: "distance", ttlMin: 10 },
    );
    expect(params.startM).toBe(0);
    expect(params.riders).toBe("· 서연 ☆ - ✓ · Lv.0 · 36.5°");
    expect(buttons[0]?.map((button) => button.label.key)).toEqual([
      "button-ride-accept",
      "button-ride-decline",
    ]);
  });
});

describe("stop list", () => {
  it("lists pickups then drop-offs in their order, exactly", () => {
    const lines = stopList([second, first]).split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^1\. 지민 ↑ 37\.\d{5},127\.\d{5}$/);
    expect(lines[1]).toMatch(/^2\. 서연 ↑/);
    expect(lines[2]).toMatch(/^3\. 지민 ↓/);
  });
});
