import type { Database } from "../../core/db/client.js";
import { createDraft, publishItem } from "../../core/market/items/mutations.js";

// What the market worker tests share: one neighbourhood, and items put on the market the way a
// seller does (draft, then publish), at a chosen time so expiry can be tested without waiting.

export const HOME = { lat: 37.5665, lng: 126.978 };

export async function listItem(
  db: Database,
  sellerId: string,
  { title, price = 50_000, publishedAt = new Date() }: { title: string; price?: number; publishedAt?: Date },
): Promise<string> {
  const itemId = await createDraft(
    db,
    sellerId,
    {
      title,
      description: "",
      price,
      category: "other",
      condition: "good",
      photos: [],
      place: { ...HOME, precision: 0 },
    },
    publishedAt,
  );
  await publishItem(db, itemId, sellerId, publishedAt);
  return itemId;
}

export const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
