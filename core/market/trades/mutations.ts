import type { Database, Prisma } from "../../db/client.js";
import { AppError, parseOrRefuse } from "../../errors.js";
import { queueNotification } from "../../notifications/mutations.js";
import { recordRating } from "../../ratings/mutations.js";
import { ratingCommentSchema, ratingScoreSchema, ratingTagsSchema } from "../../ratings/schema.js";
import type { RatingTag } from "../../ratings/types.js";
import { ensureConversation } from "../../relay/mutations.js";
import { itemButton, rateButton } from "../buttons.js";
import { sellersItem } from "../items/queries.js";
import { refuseOtherWorld } from "../queries.js";
import { canDo, statusColumns } from "../rules.js";

// A trade between a seller and one of the people who wrote to them: the first message, the
// reservation, the sale and the ratings after it.

type Tx = Prisma.TransactionClient;

async function assertContacted(tx: Tx, itemId: string, buyerId: string) {
  const conversation = await tx.conversation.findUnique({
    where: { context_subjectId_openerId: { context: "trade", subjectId: itemId, openerId: buyerId } },
  });
  if (!conversation) throw new AppError("not-a-contact");
}

/** Holds the item for one of the people who wrote to the seller, and tells them. */
export async function reserveItem(
  db: Database,
  itemId: string,
  sellerId: string,
  buyerId: string,
  now = new Date(),
) {
  await db.$transaction(async (tx) => {
    const item = await sellersItem(tx, itemId, sellerId, "reserve");
    await assertContacted(tx, itemId, buyerId);
    await tx.item.update({
      where: { id: itemId },
      data: { ...statusColumns("reserved", item.hiddenAt, now), reservedForId: buyerId },
    });
    await queueNotification(tx, {
      userId: buyerId,
      messageKey: "notify-item-reserved",
      params: { title: item.title },
      buttons: itemButton(itemId),
    });
  });
}

export async function unreserveItem(db: Database, itemId: string, sellerId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const item = await sellersItem(tx, itemId, sellerId, "unreserve");
    await tx.item.update({
      where: { id: itemId },
      data: { ...statusColumns("available", item.hiddenAt, now), reservedForId: null },
    });
  });
}

/** Sold to one of the people who wrote (who is then asked to rate the seller), or to nobody here. */
export async function markSold(
  db: Database,
  itemId: string,
  sellerId: string,
  buyerId: string | undefined,
  now = new Date(),
) {
  await db.$transaction(async (tx) => {
    const item = await sellersItem(tx, itemId, sellerId, "sell");
    if (buyerId) await assertContacted(tx, itemId, buyerId);
    await tx.item.update({
      where: { id: itemId },
      data: { ...statusColumns("sold", item.hiddenAt, now), buyerId: buyerId ?? null, soldAt: now },
    });
    if (!buyerId) return;
    await queueNotification(tx, {
      userId: buyerId,
      messageKey: "notify-item-sold-to-you",
      params: { title: item.title },
      buttons: rateButton(itemId),
    });
  });
}

/** The seller and the buyer of a completed trade rate each other, once each. */
export async function rateTrade(
  db: Database,
  input: { itemId: string; raterId: string; score: number; tags: RatingTag[]; comment?: string | undefined },
) {
  const rating = {
    raterId: input.raterId,
    score: parseOrRefuse(ratingScoreSchema, input.score),
    tags: parseOrRefuse(ratingTagsSchema, input.tags),
    comment: parseOrRefuse(ratingCommentSchema.optional(), input.comment),
  };
  await db.$transaction(async (tx) => {
    const item = await tx.item.findUnique({ where: { id: input.itemId } });
    if (!item) throw new AppError("not-found");
    const parties = item.status === "sold" && item.buyerId ? [item.sellerId, item.buyerId] : [];
    if (!parties.includes(input.raterId)) throw new AppError("rating-not-allowed");
    const rateeId = input.raterId === item.sellerId ? (item.buyerId as string) : item.sellerId;
    await recordRating(tx, { context: "trade", subjectId: item.id, rateeId, ...rating });
  });
}

/** Opens (or reopens) the buyer's conversation with the seller about a listed item. */
export async function contactSeller(db: Database, itemId: string, buyerId: string): Promise<string> {
  return db.$transaction(async (tx) => {
    const item = await tx.item.findUnique({ where: { id: itemId } });
    // Drafts and hidden items do not exist for others; a sold or withdrawn one is still seen, so say why.
    if (!item || item.status === "draft" || item.hiddenAt) throw new AppError("not-found");
    await refuseOtherWorld(tx, buyerId, item.playground);
    if (item.sellerId === buyerId) throw new AppError("own-item");
    if (!canDo("contact", item.status)) throw new AppError("item-unavailable", { status: item.status });
    return ensureConversation(tx, {
      context: "trade",
      subjectId: itemId,
      openerId: buyerId,
      topic: item.title,
      memberIds: [buyerId, item.sellerId],
    });
  });
}
