import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fromShortId, shortId } from "./short-id.js";

describe("short ids", () => {
  const uuid = "123e4567-e89b-42d3-a456-426614174000";

  it("round-trip any UUID in 22 URL-safe characters", () => {
    for (const id of [
      uuid,
      "00000000-0000-0000-0000-000000000000",
      ...Array.from({ length: 50 }, randomUUID),
    ]) {
      const short = shortId(id);
      expect(short).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(fromShortId(short)).toBe(id);
    }
  });

  it("read tampered or foreign data as nothing", () => {
    const short = shortId(uuid);
    // The last character carries two unused bits: another spelling of the same bytes is not ours.
    const respelled = `${short.slice(0, 21)}${short.endsWith("A") ? "B" : "A"}`;
    for (const data of [
      "",
      uuid,
      short.slice(1),
      `${short}A`,
      `${short.slice(0, 21)}+`,
      `${short.slice(0, 21)}=`,
      respelled,
    ]) {
      expect(fromShortId(data), data).toBeUndefined();
    }
  });
});
