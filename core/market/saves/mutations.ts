import type { Database } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { refuseOtherWorld } from "../queries.js";

// Items someone keeps to look at again; the seller's price drops reach them (changePrice).

export async function saveItem(db: Database, itemId: string, userId: string): Promise<void> {
  const item = await db.item.findUnique({
    where: { id: itemId },
    select: { listed: true, sellerId: true, playground: true },
  });
  if (!item?.listed) throw new AppError("not-found");
  await refuseOtherWorld(db, userId, item.playground);
  if (item.sellerId === userId) throw new AppError("own-item");
  await db.itemSave.upsert({
    where: { userId_itemId: { userId, itemId } },
    update: {},
    create: { userId, itemId },
  });
}

export async function unsaveItem(db: Database, itemId: string, userId: string): Promise<void> {
  await db.itemSave.deleteMany({ where: { userId, itemId } });
}
