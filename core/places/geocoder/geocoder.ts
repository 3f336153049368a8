import type { Database } from "../../db/client.js";
import {
  approximate,
  HOME_AREA_PRECISION_METRES,
  type Place,
  parseCoordinates,
  placeSchema,
} from "../../place.js";
import { resolvePlace } from "../gazetteer.js";
import { cacheKey, isFresh, MAX_QUERY_LENGTH } from "./cache.js";
import { circuit } from "./circuit.js";
import { deleteStaleGeocodeAnswers, saveGeocodeAnswer } from "./mutations.js";
import { type Found, type GeocodeProvider, type ProviderName, ServiceRefused } from "./provider.js";
import { findGeocodeAnswer } from "./queries.js";
import { tokenBucket } from "./token-bucket.js";

// A geocoding service (Kakao Local or Nominatim) behind one function, for the names the offline
// gazetteer does not know: a landmark, a station, an address. It never holds anyone up: a slow
// answer is cut at the time limit, a service that keeps failing is left alone for a while, and
// over the rate limit nothing is asked — each time the gazetteer answers instead. Only the words
// go out and into the cache; who typed them is never part of a request, a cache row or a report.

/** What became of one `find`, for logs and metrics. */
export type GeocodeOutcome =
  | "found"
  | "not-found"
  | "cached"
  | "timeout"
  | "refused"
  | "failed"
  | "rate-limited"
  | "paused";

/** Told of every `find` that was worth asking: the service and what happened, never the words. */
export interface GeocodeReport {
  provider: ProviderName;
  outcome: GeocodeOutcome;
  /** The HTTP status the service refused with. */
  status?: number;
  ms: number;
}

export interface GeocoderOptions {
  db: Database;
  provider: GeocodeProvider;
  /** The longest a lookup (keyword and address search together) may take. */
  timeoutMs?: number;
  /** Lookups a second this process sends at most, with as many saved up for a burst. */
  perSecond?: number;
  /** Failures in a row after which the service is left alone, first for `pauseMs`. */
  failuresToPause?: number;
  pauseMs?: number;
  clock?: () => Date;
  report?: (report: GeocodeReport) => void;
}

export interface Geocoder {
  provider: ProviderName;
  /**
   * The place meant by words that neither read as coordinates nor name a place the gazetteer
   * knows; undefined when the service knows none or could not answer in time. Never throws.
   */
  find(words: string): Promise<Place | undefined>;
}

/**
 * A named place people go to is kept to about a street corner: enough to meet there. An address
 * may be someone's home: it is kept as coarsely as a home area.
 */
export const POI_PRECISION_METRES = 100;

/** The longest a service is left alone: a refused key is not fixed in seconds. */
const LONGEST_PAUSE_MS = 10 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

function toPlace({ kind, ...found }: Found): Place | undefined {
  const metres = kind === "poi" ? POI_PRECISION_METRES : HOME_AREA_PRECISION_METRES;
  const parsed = placeSchema.safeParse(approximate({ ...found, precision: 0 }, metres));
  return parsed.success ? parsed.data : undefined;
}

/** Words the engine reads without help are not sent anywhere. */
function worthAsking(words: string): boolean {
  if (words.length === 0 || words.length > MAX_QUERY_LENGTH || !/\p{L}/u.test(words)) return false;
  return parseCoordinates(words) === undefined && resolvePlace(words) === undefined;
}

function outcomeOf(error: unknown): { outcome: GeocodeOutcome; status?: number } {
  if (error instanceof ServiceRefused) return { outcome: "refused", status: error.status };
  if (error instanceof Error && error.name === "TimeoutError") return { outcome: "timeout" };
  return { outcome: "failed" };
}

/** How long the service asked to be left alone (429), or that asking again soon is pointless (a refused key). */
function pauseAskedBy(error: unknown, pauseMs: number): number | undefined {
  if (!(error instanceof ServiceRefused)) return undefined;
  if (error.status === 429) return error.retryAfterMs ?? pauseMs;
  return error.status === 401 || error.status === 403 ? LONGEST_PAUSE_MS : undefined;
}

export function createGeocoder({
  db,
  provider,
  timeoutMs = 1500,
  perSecond = 5,
  failuresToPause = 3,
  pauseMs = 30_000,
  clock = () => new Date(),
  report = () => {},
}: GeocoderOptions): Geocoder {
  const millis = () => clock().getTime();
  const bucket = tokenBucket(perSecond, perSecond, millis);
  const breaker = circuit({
    failuresToOpen: failuresToPause,
    pauseMs,
    longestPauseMs: LONGEST_PAUSE_MS,
    clock: millis,
  });
  let prunedAt = millis();

  /** Now and then, not on every answer: one DELETE an hour per process is plenty. */
  function pruneNowAndThen(now: Date): void {
    if (now.getTime() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now.getTime();
    deleteStaleGeocodeAnswers(db, now).catch(() => {});
  }

  async function ask(
    words: string,
    key: string,
  ): Promise<{ place?: Place; outcome: GeocodeOutcome; status?: number }> {
    if (!bucket.take()) return { outcome: "rate-limited" };
    if (!breaker.allows()) return { outcome: "paused" };
    let found: Found | undefined;
    try {
      found = await provider.search(words, AbortSignal.timeout(timeoutMs));
    } catch (error) {
      breaker.failed(pauseAskedBy(error, pauseMs));
      return outcomeOf(error);
    }
    breaker.succeeded();
    const place = found && toPlace(found);
    const now = clock();
    // A row not saved only means the words are asked again next time.
    await saveGeocodeAnswer(db, key, { provider: provider.name, place, fetchedAt: now }).catch(() => {});
    pruneNowAndThen(now);
    return place ? { place, outcome: "found" } : { outcome: "not-found" };
  }

  return {
    provider: provider.name,
    async find(typed) {
      const words = typed.trim();
      if (!worthAsking(words)) return undefined;
      const started = millis();
      const key = cacheKey(words);
      const tell = (outcome: GeocodeOutcome, status?: number) =>
        report({ provider: provider.name, outcome, ms: millis() - started, ...(status ? { status } : {}) });
      try {
        const cached = await findGeocodeAnswer(db, key);
        if (cached && isFresh(cached, provider.name, clock())) {
          tell("cached");
          return cached.place;
        }
        const { place, outcome, status } = await ask(words, key);
        tell(outcome, status);
        return place;
      } catch {
        // The cache's database failing must not fail the answer: the gazetteer still has one.
        tell("failed");
        return undefined;
      }
    },
  };
}
