import { describe, expect, it } from "vitest";
import { formatLinkCode, generateLinkCode, hashLinkCode } from "./linking.js";
import { interestsSchema, LINK_CODE_ALPHABET, linkCodeSchema, timeZoneSchema } from "./schema.js";
import { canSeeProfile } from "./visibility.js";

describe("link codes", () => {
  it("are 8 unambiguous characters, different each time", () => {
    const codes = new Set(Array.from({ length: 200 }, generateLinkCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${LINK_CODE_ALPHABET}]{8}$`));
    expect(LINK_CODE_ALPHABET).not.toMatch(/[01OI]/);
  });

  it("are accepted however a person retypes them", () => {
    const code = generateLinkCode();
    const shown = formatLinkCode(code);
    expect(shown).toMatch(/^.{4}-.{4}$/);
    expect(linkCodeSchema.parse(shown.toLowerCase())).toBe(code);
    expect(linkCodeSchema.parse(` ${code.slice(0, 4)} ${code.slice(4)} `)).toBe(code);
    expect(linkCodeSchema.safeParse("ABCD-EFG0").success).toBe(false);
  });

  it("are stored as a hash that does not contain the code", () => {
    const hash = hashLinkCode("ABCDEFGH");
    expect(hash).toHaveLength(64);
    expect(hash).not.toContain("ABCDEFGH");
  });
});

describe("profile rules", () => {
  it("normalises interest tags", () => {
    expect(interestsSchema.parse(["#Cooking", "cooking", " 러닝 ", ""])).toEqual(["cooking", "러닝"]);
    expect(interestsSchema.safeParse(Array.from({ length: 11 }, (_, i) => `tag${i}`)).success).toBe(false);
    expect(interestsSchema.safeParse(["x".repeat(21)]).success).toBe(false);
  });

  it("accepts only real time zones", () => {
    expect(timeZoneSchema.safeParse("Asia/Seoul").success).toBe(true);
    expect(timeZoneSchema.safeParse("Mars/Olympus").success).toBe(false);
  });

  it("shows a profile by its visibility", () => {
    const base = { viewerId: "v", ownerId: "o", shareAGroup: false };
    expect(canSeeProfile({ ...base, visibility: "everyone" })).toBe(true);
    expect(canSeeProfile({ ...base, visibility: "groups" })).toBe(false);
    expect(canSeeProfile({ ...base, visibility: "groups", shareAGroup: true })).toBe(true);
    expect(canSeeProfile({ ...base, visibility: "nobody", shareAGroup: true })).toBe(false);
    expect(canSeeProfile({ ...base, ownerId: "v", visibility: "nobody" })).toBe(true);
  });
});
