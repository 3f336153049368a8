import type { Place } from "../../place.js";
import type { ProviderName } from "./provider.js";

// The geocoder's answers are kept in PostgreSQL (queries.ts, mutations.ts) by the words alone, so
// that the same words are not sent again for a while; a found place for longer than "none".

const DAY_MS = 24 * 60 * 60 * 1000;
export const FOUND_KEPT_MS = 30 * DAY_MS;
export const NOT_FOUND_KEPT_MS = DAY_MS;

/** The longest words asked (and kept): a place name or an address, not a message. */
export const MAX_QUERY_LENGTH = 200;

/** One form for the same words however they were spaced or cased: "망원 한강공원 " = "망원 한강공원". */
export function cacheKey(words: string): string {
  return words.normalize("NFC").trim().replace(/\s+/gu, " ").toLowerCase();
}

export interface CachedAnswer {
  provider: ProviderName;
  /** Undefined: the service knew no such place. */
  place: Place | undefined;
  fetchedAt: Date;
}

/** A kept answer still worth trusting: the same service's, not older than its kind is kept. */
export function isFresh(answer: CachedAnswer, provider: ProviderName, now: Date): boolean {
  const kept = answer.place ? FOUND_KEPT_MS : NOT_FOUND_KEPT_MS;
  return answer.provider === provider && now.getTime() - answer.fetchedAt.getTime() < kept;
}
