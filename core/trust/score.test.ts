import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type TrustFacts, trustScore } from "./score.js";
import { defaultTrustSettings } from "./settings.js";

const now = new Date("2026-12-01T03:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60_000);

/** Someone who joined today and has done nothing yet. */
const newcomer: TrustFacts = {
  ratings: [],
  noShows: [],
  lateCancels: [],
  upheldReports: [],
  verified: { email: false, phone: false, video: false },
  accountCreatedAt: now,
};

const score = (facts: Partial<TrustFacts>) => trustScore({ ...newcomer, ...facts }, now);

describe("the trust temperature", () => {
  it("starts at 36.5° for someone nobody knows anything about yet, with no reasons", () => {
    expect(score({})).toEqual({ temperature: 36.5, reasons: [] });
  });

  it("is 37.5° after two ★5 ratings today (+0.5° each), and 36.0° after one ★1", () => {
    const fresh = (stars: number) => ({ score: stars, at: now });
    expect(score({ ratings: [fresh(5), fresh(5)] })).toEqual({
      temperature: 37.5,
      reasons: [{ kind: "ratings", degrees: 1, count: 2 }],
    });
    expect(score({ ratings: [fresh(1)] }).temperature).toBe(36);
    expect(score({ ratings: [fresh(3)] })).toEqual({ temperature: 36.5, reasons: [] });
  });

  it("counts a ★5 from 90 days ago half (+0.25° → 36.8°), and one from 13 months ago not at all", () => {
    expect(score({ ratings: [{ score: 5, at: daysAgo(90) }] }).temperature).toBe(36.8);
    expect(score({ ratings: [{ score: 5, at: daysAgo(400) }] })).toEqual({ temperature: 36.5, reasons: [] });
  });

  it("is 33.2° after a no-show (−1°), a late cancel (−0.3°) and an upheld report (−2°) today", () => {
    const { temperature, reasons } = score({ noShows: [now], lateCancels: [now], upheldReports: [now] });
    expect(temperature).toBe(33.2);
    expect(reasons.map(({ kind }) => kind)).toEqual(["reports", "no-shows", "late-cancels"]);
  });

  it("adds 1.0° for e-mail, phone and video verification together, and 1.2° for a year's membership at most", () => {
    const verified = { email: true, phone: true, video: true };
    expect(score({ verified }).temperature).toBe(37.5);
    expect(score({ accountCreatedAt: daysAgo(3 * 365) })).toEqual({
      temperature: 37.7,
      reasons: [{ kind: "account-age", degrees: 1.2, count: 36 }],
    });
  });

  it("stays within 0–99° however much happened", () => {
    const burning = score({ ratings: Array.from({ length: 500 }, () => ({ score: 5, at: now })) });
    expect(burning.temperature).toBe(defaultTrustSettings.maxDegrees);
    expect(score({ upheldReports: Array(40).fill(now) }).temperature).toBe(defaultTrustSettings.minDegrees);
  });

  it("never goes down for another good rating, nor up for another no-show", () => {
    const rating = fc.record({
      score: fc.integer({ min: 1, max: 5 }),
      at: fc.date({ min: daysAgo(400), max: now, noInvalidDate: true }),
    });
    fc.assert(
      fc.property(
        fc.array(rating, { maxLength: 30 }),
        fc.array(fc.date({ min: daysAgo(400), max: now, noInvalidDate: true }), { maxLength: 10 }),
        (ratings, noShows) => {
          const before = score({ ratings, noShows }).temperature;
          expect(
            score({ ratings: [...ratings, { score: 5, at: now }], noShows }).temperature,
          ).toBeGreaterThanOrEqual(before);
          expect(score({ ratings, noShows: [...noShows, now] }).temperature).toBeLessThanOrEqual(before);
        },
      ),
    );
  });
});
