import { createHash, randomInt } from "node:crypto";
import { LINK_CODE_ALPHABET, LINK_CODE_LENGTH } from "./schema.js";

export const LINK_CODE_TTL_MS = 10 * 60 * 1000;
export const LINK_MAX_WRONG_TRIES = 5;
/** Wrong tries are counted over this window, so a locked-out person can try again later. */
export const LINK_ATTEMPT_WINDOW_MS = 10 * 60 * 1000;

export function generateLinkCode(): string {
  return Array.from(
    { length: LINK_CODE_LENGTH },
    () => LINK_CODE_ALPHABET[randomInt(LINK_CODE_ALPHABET.length)],
  ).join("");
}

/** Only the hash is stored, so a database reader cannot take over a pending link. */
export function hashLinkCode(normalizedCode: string): string {
  return createHash("sha256").update(normalizedCode).digest("hex");
}

/** Shown as `ABCD-EFGH` so it is easy to read and retype. */
export function formatLinkCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
