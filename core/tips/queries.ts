import type { Database } from "../db/client.js";
import type { ItemCategory } from "../market/types.js";
import type { TipView } from "./types.js";

/**
 * The most helpful reviews of a category, best rated first among equally helpful ones; playground
 * personas and real people each see only their own side's reviews.
 */
export async function listBestTips(
  db: Database,
  category: ItemCategory,
  playground: boolean,
  limit = 5,
): Promise<TipView[]> {
  const tips = await db.tip.findMany({
    where: { category, author: { playground } },
    orderBy: [{ helpfulCount: "desc" }, { rating: "desc" }, { createdAt: "desc" }],
    take: limit,
    include: { author: { select: { displayName: true } } },
  });
  return tips.map((tip) => ({
    id: tip.id,
    product: tip.product,
    category: tip.category,
    rating: tip.rating,
    body: tip.body,
    photo: tip.photoPlatform && tip.photoRef ? { platform: tip.photoPlatform, ref: tip.photoRef } : undefined,
    helpful: tip.helpfulCount,
    author: tip.author.displayName,
    createdAt: tip.createdAt,
  }));
}
