import type { Database, Prisma } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { canDo, EXPIRY_REMINDER_BEFORE_MS, type ItemAction } from "../rules.js";
import type { ItemStatus } from "../types.js";

type Tx = Prisma.TransactionClient;

/** Loads the item for an action of its seller, refusing other people and states the action cannot start from. */
export async function sellersItem(tx: Tx, itemId: string, sellerId: string, action: ItemAction) {
  const item = await tx.item.findUnique({ where: { id: itemId } });
  if (!item) throw new AppError("not-found");
  if (item.sellerId !== sellerId) throw new AppError("not-your-item");
  if (!canDo(action, item.status)) throw new AppError("item-unavailable", { status: item.status });
  return item;
}

/** The statuses of an item on the market (listed unless hidden); naming them lets the [status, expiresAt] index serve expiry. */
export const onMarketStatuses = ["available", "reserved"] as const satisfies readonly ItemStatus[];

/**
 * Listed items whose listing ends within the reminder window and whose seller was not reminded
 * yet. Shared with the reminder's claim, so an item renewed meanwhile is neither found nor claimed.
 */
export function expiringSoon(now: Date): Prisma.ItemWhereInput {
  return {
    status: { in: [...onMarketStatuses] },
    listed: true,
    expiresAt: { gt: now, lte: new Date(now.getTime() + EXPIRY_REMINDER_BEFORE_MS) },
    expiryRemindedAt: null,
  };
}

export async function findItemsToRemind(db: Database, now: Date, limit: number): Promise<string[]> {
  const rows = await db.item.findMany({
    where: expiringSoon(now),
    orderBy: { expiresAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
