import type { Database } from "../../db/client.js";
import type { FieldCipher } from "../../identity/pii.js";
import { feedTokenDigest, generateFeedToken } from "./token.js";

function feedColumns(pii: FieldCipher, token: string) {
  return { tokenDigest: feedTokenDigest(pii, token), tokenCipher: pii.seal(token) };
}

async function sealedToken(db: Database, userId: string): Promise<string | undefined> {
  const feed = await db.calendarFeed.findUnique({ where: { userId }, select: { tokenCipher: true } });
  return feed?.tokenCipher;
}

/**
 * Stores a first token and reads back the one stored: of two first asks at once, the second
 * stores nothing (ON CONFLICT DO NOTHING), so both show the same address.
 */
async function storeFirstToken(db: Database, pii: FieldCipher, userId: string): Promise<string> {
  await db.calendarFeed.createMany({
    data: [{ userId, ...feedColumns(pii, generateFeedToken()) }],
    skipDuplicates: true,
  });
  const { tokenCipher } = await db.calendarFeed.findUniqueOrThrow({
    where: { userId },
    select: { tokenCipher: true },
  });
  return tokenCipher;
}

/** The token of the person's calendar feed, made on first use. */
export async function ensureCalendarFeed(db: Database, pii: FieldCipher, userId: string): Promise<string> {
  const sealed = (await sealedToken(db, userId)) ?? (await storeFirstToken(db, pii, userId));
  try {
    return pii.open(sealed);
  } catch {
    // Sealed under a PII key no longer in use: its digest no longer finds the feed either, so
    // the address was dead already and a new one takes its place.
    return resetCalendarFeed(db, pii, userId);
  }
}

/** A new token for the person's feed: the old address stops working at once. */
export async function resetCalendarFeed(db: Database, pii: FieldCipher, userId: string): Promise<string> {
  const token = generateFeedToken();
  const columns = feedColumns(pii, token);
  await db.calendarFeed.upsert({ where: { userId }, create: { userId, ...columns }, update: columns });
  return token;
}
