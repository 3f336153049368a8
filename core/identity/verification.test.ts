import { describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { phoneSchema } from "./schema.js";
import {
  assertUsable,
  digestsMatch,
  EMAIL_CODE_MAX_TRIES,
  generateEmailCode,
  isVerified,
  keptProofs,
  maskEmail,
} from "./verification.js";

const now = new Date("2026-03-01T12:00:00Z");
const later = new Date(now.getTime() + 60_000);

describe("verification rules", () => {
  it("makes six-digit codes, zeros included", () => {
    const codes = Array.from({ length: 500 }, generateEmailCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(490);
  });

  it("shows an address to its owner only as its first letter and domain", () => {
    expect(maskEmail("hana.kim@example.com")).toBe("h***@example.com");
    expect(maskEmail("a@b.kr")).toBe("a***@b.kr");
  });

  it("says why a code can no longer be checked", () => {
    const code = { attempts: 0, expiresAt: later, usedAt: null };
    expect(() => assertUsable(code, now)).not.toThrow();
    expect(() => assertUsable(null, now)).toThrow(new AppError("verify-no-code"));
    expect(() => assertUsable({ ...code, usedAt: now }, now)).toThrow(new AppError("verify-no-code"));
    const locked = { ...code, attempts: EMAIL_CODE_MAX_TRIES };
    expect(() => assertUsable(locked, now)).toThrow(new AppError("verify-too-many-attempts"));
    expect(() => assertUsable(code, later)).toThrow(new AppError("verify-code-expired"));
  });

  it("compares digests whole", () => {
    expect(digestsMatch("ab".repeat(32), "ab".repeat(32))).toBe(true);
    expect(digestsMatch("ab".repeat(32), "ac".repeat(32))).toBe(false);
    expect(digestsMatch("ab".repeat(32), "ab")).toBe(false);
  });

  it("counts proof (a persona's too, made verified or not) as verified, and keeps either person's proof on linking", () => {
    expect(isVerified({ verifiedAt: null })).toBe(false);
    expect(isVerified({ verifiedAt: now })).toBe(true);
    const none = {
      verifiedAt: null,
      emailCipher: null,
      emailDigest: null,
      phoneCipher: null,
      phoneDigest: null,
    };
    const phone = { ...none, verifiedAt: now, phoneCipher: "v1.sealed", phoneDigest: "d-phone" };
    expect(keptProofs(none, phone)).toEqual(phone);
    const mail = { ...none, emailCipher: "v1.mail", emailDigest: "d-mail", verifiedAt: later };
    expect(keptProofs(mail, phone)).toEqual({
      verifiedAt: later,
      emailCipher: "v1.mail",
      emailDigest: "d-mail",
      phoneCipher: "v1.sealed",
      phoneDigest: "d-phone",
    });
  });

  it("writes phone numbers the E.164 way, from however Telegram gives them", () => {
    expect(phoneSchema.parse("821012345678")).toBe("+821012345678");
    expect(phoneSchema.parse("+82 10-1234-5678")).toBe("+821012345678");
    expect(phoneSchema.parse("0082 (10) 1234 5678")).toBe("+821012345678");
    expect(phoneSchema.safeParse("010").success).toBe(false);
    expect(phoneSchema.safeParse("+0 1234567").success).toBe(false);
  });
});
