import { randomInt, timingSafeEqual } from "node:crypto";
import { AppError } from "../errors.js";
import type { FieldCipher } from "./pii.js";
import type { Profile } from "./types.js";

// Only verified people may share a ride: a person proves an e-mail address with a one-time code
// or, on Telegram, shares their own phone contact. The rules live here; the rows in mutations.ts.

export const EMAIL_CODE_TTL_MS = 10 * 60 * 1000;
export const EMAIL_CODE_MAX_TRIES = 5;
/** Each code is a mail sent in honjok's name: a person may ask for this many an hour. */
export const EMAIL_CODES_PER_WINDOW = 5;
export const EMAIL_CODE_WINDOW_MS = 60 * 60 * 1000;

export function generateEmailCode(): string {
  return String(randomInt(1_000_000)).padStart(6, "0");
}

/**
 * The stored form of a code: a keyed digest, tied to its person so equal codes of two people do
 * not look alike. The code itself is kept only sealed, until the mail worker has sent it.
 */
export function emailCodeDigest(pii: FieldCipher, userId: string, code: string): string {
  return pii.digest(`${userId}:${code}`);
}

/** Compares digests in constant time, so response times reveal nothing of the stored one. */
export function digestsMatch(stored: string, typed: string): boolean {
  const left = Buffer.from(stored, "hex");
  const right = Buffer.from(typed, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

export interface EmailCodeState {
  attempts: number;
  expiresAt: Date;
  usedAt: Date | null;
}

/** Refuses a code that can no longer be checked, naming why. */
export function assertUsable<T extends EmailCodeState>(code: T | null, now: Date): asserts code is T {
  if (!code || code.usedAt) throw new AppError("verify-no-code");
  if (code.attempts >= EMAIL_CODE_MAX_TRIES) throw new AppError("verify-too-many-attempts");
  if (code.expiresAt <= now) throw new AppError("verify-code-expired");
}

/** `h***@example.com`: enough for its owner to recognise the address, too little for anyone else. */
export function maskEmail(email: string): string {
  return `${email.slice(0, 1)}***${email.slice(email.lastIndexOf("@"))}`;
}

/**
 * Proved an address or number. Playground personas are made verified (they only ever meet other
 * personas), unless made to try /verify.
 */
export function isVerified(person: { verifiedAt: Date | null }): boolean {
  return person.verifiedAt !== null;
}

/** The gate in front of everything only verified people may do (requesting or joining a ride). */
export function requireVerified(profile: Pick<Profile, "verified">): void {
  if (!profile.verified) throw new AppError("not-verified");
}

export interface Proofs {
  verifiedAt: Date | null;
  emailCipher: string | null;
  emailDigest: string | null;
  phoneCipher: string | null;
  phoneDigest: string | null;
}

/**
 * When two people link into one, what either proved (e-mail, phone) stays with the one they
 * become; each sealed value keeps its own digest.
 */
export function keptProofs(owner: Proofs, joining: Proofs): Proofs {
  const email = owner.emailCipher ? owner : joining;
  const phone = owner.phoneCipher ? owner : joining;
  return {
    verifiedAt: owner.verifiedAt ?? joining.verifiedAt,
    emailCipher: email.emailCipher,
    emailDigest: email.emailDigest,
    phoneCipher: phone.phoneCipher,
    phoneDigest: phone.phoneDigest,
  };
}

/**
 * What makes an address or number unique among people, without storing it in the clear: case
 * does not make another mailbox.
 */
export function proofDigest(pii: FieldCipher, kind: "email" | "phone", value: string): string {
  return pii.digest(`${kind}:${value.trim().toLowerCase()}`);
}
