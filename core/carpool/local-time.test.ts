import { describe, expect, it } from "vitest";
import { localHour } from "./local-time.js";

describe("localHour", () => {
  it("reads the zone's clock on both sides of a change of offset", () => {
    // Los Angeles moves from 01:59 PST to 03:00 PDT at 10:00 UTC on 8 March 2026.
    expect(localHour(Date.parse("2026-03-08T09:59:00Z"), "America/Los_Angeles")).toBe(1);
    expect(localHour(Date.parse("2026-03-08T10:00:00Z"), "America/Los_Angeles")).toBe(3);
    expect(localHour(Date.parse("2026-03-08T09:59:00Z"), "Asia/Seoul")).toBe(18);
  });

  it("changes hour in zones a quarter or half hour off UTC", () => {
    expect(localHour(Date.parse("2026-11-21T00:14:00Z"), "Asia/Kathmandu")).toBe(5);
    expect(localHour(Date.parse("2026-11-21T00:15:00Z"), "Asia/Kathmandu")).toBe(6);
    expect(localHour(Date.parse("2026-11-21T00:29:00Z"), "Asia/Kolkata")).toBe(5);
    expect(localHour(Date.parse("2026-11-21T00:30:00Z"), "Asia/Kolkata")).toBe(6);
  });
});
