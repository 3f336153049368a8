import { randomBytes } from "node:crypto";
import type { FieldCipher } from "../../identity/pii.js";

// The feed's address is its only lock: calendar apps fetch it without signing in. 32 random
// bytes cannot be guessed, and the database keeps only a keyed digest to find the feed by and
// a sealed copy to show its owner again, so a dump of the table opens no one's calendar.

const TOKEN_BYTES = 32;

export function generateFeedToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** Prefixed, so a feed token's digest can never equal the digest of an e-mail address or a code. */
export function feedTokenDigest(pii: FieldCipher, token: string): string {
  return pii.digest(`calendar-feed:${token}`);
}

/** The feed's address under the web front door's public URL (served by bots/web/calendar-feed.ts). */
export function feedAddress(publicUrl: string, token: string): string {
  return `${publicUrl}/calendar/${token}.ics`;
}
