import type { Database } from "../../db/client.js";
import { type CachedAnswer, FOUND_KEPT_MS, NOT_FOUND_KEPT_MS } from "./cache.js";

/** Keeps what the service answered for these words (already `cacheKey`ed), replacing an older answer. */
export async function saveGeocodeAnswer(db: Database, query: string, answer: CachedAnswer): Promise<void> {
  const { place } = answer;
  const columns = {
    provider: answer.provider,
    notFound: place === undefined,
    lat: place?.lat ?? null,
    lng: place?.lng ?? null,
    label: place?.label ?? null,
    precision: place?.precision ?? null,
    fetchedAt: answer.fetchedAt,
  };
  await db.geocodeCache.upsert({ where: { query }, create: { query, ...columns }, update: columns });
}

/**
 * Forgets answers past their time: typed words can be an address, and words nobody asks again
 * would otherwise be kept forever.
 */
export async function deleteStaleGeocodeAnswers(db: Database, now: Date): Promise<number> {
  const { count } = await db.geocodeCache.deleteMany({
    where: {
      OR: [
        { fetchedAt: { lt: new Date(now.getTime() - FOUND_KEPT_MS) } },
        { notFound: true, fetchedAt: { lt: new Date(now.getTime() - NOT_FOUND_KEPT_MS) } },
      ],
    },
  });
  return count;
}
