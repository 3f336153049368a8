// What every geocoding service client is to the geocoder (geocoder.ts): the words in, the best
// point it knows out, or an error when it could not answer.

/** A point a service found; `kind` decides how coarsely it is kept (geocoder.ts). */
export interface Found {
  lat: number;
  lng: number;
  label?: string;
  /** A named place people go to (a park, a station), or a street address, which may be a home. */
  kind: "poi" | "address";
}

export type ProviderName = "kakao" | "nominatim";

export interface GeocodeProvider {
  name: ProviderName;
  /** The best match for the words; undefined when the service knows none. Throws when it could not answer. */
  search(words: string, signal: AbortSignal): Promise<Found | undefined>;
}

/** The service answered with an HTTP error: a refused key, too many requests, its own failure. */
export class ServiceRefused extends Error {
  override name = "ServiceRefused";
  constructor(
    readonly status: number,
    /** How long the service asked us to stay away (Retry-After), when it said. */
    readonly retryAfterMs: number | undefined,
  ) {
    super(`geocoding service answered HTTP ${status}`);
  }
}

/** Retry-After in seconds (what Kakao and Nominatim send); an HTTP date is not worth parsing here. */
function retryAfterMs(header: string | null): number | undefined {
  const seconds = Number(header);
  return header !== null && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** GETs JSON from a service; any status but 2xx is a ServiceRefused. */
export async function getJson(
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: "application/json", ...headers }, signal });
  if (!response.ok) {
    await response.body?.cancel();
    throw new ServiceRefused(response.status, retryAfterMs(response.headers.get("retry-after")));
  }
  return response.json();
}

/** Labels are stored like any place's (core/place.ts): at most 60 characters. */
export function shortLabel(label: string | undefined): string | undefined {
  const trimmed = label?.trim();
  return trimmed ? trimmed.slice(0, 60) : undefined;
}
