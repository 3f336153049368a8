import { describe, expect, it } from "vitest";
import { weekOf } from "./weeks.js";

describe("weekOf", () => {
  it("names the week by its Monday on the person's own calendar, whatever zone the process runs in", () => {
    expect(weekOf(new Date("2026-12-06T14:59:00Z"), "Asia/Seoul")).toBe("2026-11-30"); // Sunday 23:59
    expect(weekOf(new Date("2026-12-06T15:00:00Z"), "Asia/Seoul")).toBe("2026-12-07"); // Monday 00:00
    expect(weekOf(new Date("2026-12-06T15:00:00Z"), "America/Los_Angeles")).toBe("2026-11-30");
  });
});
