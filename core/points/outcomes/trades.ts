import { Prisma } from "../../db/generated/client.js";
import type { CreditInput } from "../types.js";
import { notEntered, type OutcomeSource } from "./source.js";

// A trade earns both sides once it is sold to someone who wrote to the seller and both have
// rated it: a listing, a message or a sale alone is something one can do alone.

const cause = Prisma.sql`'trade:' || i.id`;

export const tradesCompleted: OutcomeSource = {
  kind: "trade_completed",
  async outstanding(db, since, limit) {
    const rows = await db.$queryRaw<{ itemId: string; sellerId: string; buyerId: string }[]>`
      SELECT i.id AS "itemId", i."sellerId", i."buyerId" FROM "Item" i
      WHERE i.id IN (SELECT r."subjectId" FROM "Rating" r WHERE r.context = 'trade' AND r."createdAt" >= ${since})
        AND i.status = 'sold' AND i."buyerId" IS NOT NULL
        AND (SELECT count(*) FROM "Rating" r WHERE r.context = 'trade' AND r."subjectId" = i.id) >= 2
        AND (${notEntered(Prisma.sql`i."sellerId"`, "trade_completed", cause)}
          OR ${notEntered(Prisma.sql`i."buyerId"`, "trade_completed", cause)})
      LIMIT ${limit}`;
    return rows.flatMap(({ itemId, sellerId, buyerId }): CreditInput[] => [
      { userId: sellerId, kind: "trade_completed", cause: `trade:${itemId}`, counterpartId: buyerId },
      { userId: buyerId, kind: "trade_completed", cause: `trade:${itemId}`, counterpartId: sellerId },
    ]);
  },
};
