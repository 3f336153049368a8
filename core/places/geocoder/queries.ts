import type { Database } from "../../db/client.js";
import type { CachedAnswer } from "./cache.js";
import type { ProviderName } from "./provider.js";

/** The answer kept for these words (already `cacheKey`ed), fresh or not. */
export async function findGeocodeAnswer(db: Database, query: string): Promise<CachedAnswer | undefined> {
  const row = await db.geocodeCache.findUnique({ where: { query } });
  if (!row) return undefined;
  const { lat, lng, label, precision } = row;
  const place =
    row.notFound || lat === null || lng === null || precision === null
      ? undefined
      : { lat, lng, precision, ...(label ? { label } : {}) };
  return { provider: row.provider as ProviderName, place, fetchedAt: row.fetchedAt };
}
