import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdReasonFor } from "./caps.js";
import type { EarningRule } from "./settings.js";

const rule: EarningRule = { amount: 10, dailyCap: 3, counterpartCap: 1 };
const fresh = {
  verified: true,
  ownCounterpart: false,
  pattern: null,
  creditedToday: 0,
  creditedWithCounterpart: 0,
};

describe("holdReasonFor", () => {
  it("credits a verified person's first earning of the day with someone new", () => {
    expect(holdReasonFor(fresh, rule)).toBeNull();
  });

  it("holds an unverified person's earning before looking at any cap", () => {
    expect(holdReasonFor({ ...fresh, verified: false, creditedToday: 9 }, rule)).toBe("unverified");
  });

  it("holds an earning whose other person is the earner", () => {
    expect(holdReasonFor({ ...fresh, ownCounterpart: true }, rule)).toBe("own_counterpart");
  });

  it("holds an earning its source saw as self-dealing, with the pattern as the reason", () => {
    expect(holdReasonFor({ ...fresh, pattern: "one_cell" }, rule)).toBe("one_cell");
  });

  it("holds the 4th earning of a day capped at 3", () => {
    expect(holdReasonFor({ ...fresh, creditedToday: 2 }, rule)).toBeNull();
    expect(holdReasonFor({ ...fresh, creditedToday: 3 }, rule)).toBe("daily_cap");
  });

  it("holds the 2nd earning with the same person in a window capped at 1", () => {
    expect(holdReasonFor({ ...fresh, creditedWithCounterpart: 1 }, rule)).toBe("counterpart_cap");
  });

  it("has no counterpart cap for an earning without another person", () => {
    expect(
      holdReasonFor({ ...fresh, creditedWithCounterpart: null }, { ...rule, counterpartCap: 1 }),
    ).toBeNull();
  });

  it("never credits more than the caps, whatever the order of the earnings", () => {
    const earnings = fc.array(fc.record({ day: fc.nat(3), counterpart: fc.nat(4) }), { maxLength: 60 });
    fc.assert(
      fc.property(earnings, (sequence) => {
        const credited: { day: number; counterpart: number }[] = [];
        for (const earning of sequence) {
          const context = {
            ...fresh,
            creditedToday: credited.filter((c) => c.day === earning.day).length,
            // The whole run is one counterpart window.
            creditedWithCounterpart: credited.filter((c) => c.counterpart === earning.counterpart).length,
          };
          if (holdReasonFor(context, rule) === null) credited.push(earning);
        }
        for (let day = 0; day <= 3; day++)
          expect(credited.filter((c) => c.day === day).length).toBeLessThanOrEqual(rule.dailyCap);
        for (let counterpart = 0; counterpart <= 4; counterpart++)
          expect(credited.filter((c) => c.counterpart === counterpart).length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
