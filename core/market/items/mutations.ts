import { cellOf } from "../../cells.js";
import type { Database } from "../../db/client.js";
import { takeTurns } from "../../db/turns.js";
import { AppError, parseOrRefuse } from "../../errors.js";
import { refuseProfanity } from "../../moderation/profanity.js";
import { queueNotification } from "../../notifications/mutations.js";
import { spendWithin } from "../../points/mutations.js";
import { pointSettings } from "../../points/settings.js";
import { hoursUntil } from "../../time/format.js";
import { itemButton, renewButton } from "../buttons.js";
import { searchColumns } from "../matching.js";
import {
  LISTING_LIFETIME_MS,
  MAX_ITEMS_PER_DAY,
  nextBumpAt,
  POSTING_WINDOW_MS,
  statusColumns,
} from "../rules.js";
import {
  type ItemChanges,
  type ItemInput,
  itemChangesSchema,
  itemInputSchema,
  priceSchema,
} from "../schema.js";
import { expiringSoon, onMarketStatuses, sellersItem } from "./queries.js";

// A listing's life in its seller's hands: drafted, published, edited, repriced, bumped, renewed
// or withdrawn, and reminded of and taken off the market when its time runs out.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Saves what the seller entered as a draft they confirm with `publishItem`. */
export async function createDraft(
  db: Database,
  sellerId: string,
  input: ItemInput,
  now = new Date(),
): Promise<string> {
  const item = parseOrRefuse(itemInputSchema, input);
  refuseProfanity(item.title, item.description);
  return db.$transaction(async (tx) => {
    await takeTurns(tx, { userId: sellerId });
    const recent = await tx.item.count({
      where: { sellerId, createdAt: { gt: new Date(now.getTime() - POSTING_WINDOW_MS) } },
    });
    if (recent >= MAX_ITEMS_PER_DAY) throw new AppError("posting-too-fast", { max: MAX_ITEMS_PER_DAY });
    const seller = await tx.user.findUniqueOrThrow({ where: { id: sellerId }, select: { playground: true } });
    const { id } = await tx.item.create({
      data: {
        sellerId,
        playground: seller.playground,
        title: item.title,
        description: item.description,
        price: item.price,
        category: item.category,
        condition: item.condition,
        lat: item.place.lat,
        lng: item.place.lng,
        placeLabel: item.place.label ?? null,
        cell: cellOf(item.place.lat, item.place.lng),
        ...searchColumns(item.title, item.description),
        photos: { create: item.photos.map((photo, position) => ({ position, ...photo })) },
        createdAt: now,
      },
      select: { id: true },
    });
    return id;
  });
}

/** Puts a draft on the market for 30 days; the alerts job and the boards pick it up from here. */
export async function publishItem(
  db: Database,
  itemId: string,
  sellerId: string,
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    await sellersItem(tx, itemId, sellerId, "publish");
    await tx.item.update({
      where: { id: itemId },
      data: {
        ...statusColumns("available", null, now),
        publishedAt: now,
        bumpedAt: now,
        expiresAt: new Date(now.getTime() + LISTING_LIFETIME_MS),
      },
    });
  });
}

export async function editItem(
  db: Database,
  itemId: string,
  sellerId: string,
  changes: ItemChanges,
  now = new Date(),
) {
  const parsed = parseOrRefuse(itemChangesSchema, changes);
  refuseProfanity(parsed.title, parsed.description);
  await db.$transaction(async (tx) => {
    const item = await sellersItem(tx, itemId, sellerId, "edit");
    const title = parsed.title ?? item.title;
    const description = parsed.description ?? item.description;
    const place = parsed.place;
    await tx.item.update({
      where: { id: itemId },
      data: {
        title,
        description,
        ...(parsed.category ? { category: parsed.category } : {}),
        ...(parsed.condition ? { condition: parsed.condition } : {}),
        ...(place
          ? {
              lat: place.lat,
              lng: place.lng,
              placeLabel: place.label ?? null,
              cell: cellOf(place.lat, place.lng),
            }
          : {}),
        ...searchColumns(title, description),
        boardSyncDueAt: now,
        version: { increment: 1 },
      },
    });
  });
}

/** A new price; when it is lower, everyone who saved the item is told once. */
export async function changePrice(
  db: Database,
  itemId: string,
  sellerId: string,
  price: number,
  now = new Date(),
) {
  const newPrice = parseOrRefuse(priceSchema, price);
  return db.$transaction(async (tx) => {
    const item = await sellersItem(tx, itemId, sellerId, "edit");
    await tx.item.update({
      where: { id: itemId },
      data: { price: newPrice, boardSyncDueAt: now, version: { increment: 1 } },
    });
    if (newPrice >= item.price || item.status === "draft") return { notified: 0 };
    const savers = await tx.itemSave.findMany({ where: { itemId }, select: { userId: true } });
    for (const { userId } of savers) {
      await queueNotification(tx, {
        userId,
        messageKey: "notify-price-drop",
        params: { title: item.title, before: item.price, after: newPrice },
        buttons: itemButton(itemId),
      });
    }
    return { notified: savers.length };
  });
}

/** Back to the top of "newest first", at most once every three days. */
export async function bumpItem(db: Database, itemId: string, sellerId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const item = await sellersItem(tx, itemId, sellerId, "bump");
    const next = nextBumpAt(item.bumpedAt);
    if (next > now) throw new AppError("bump-too-soon", { hours: hoursUntil(next, now) });
    await tx.item.update({ where: { id: itemId }, data: { bumpedAt: now } });
  });
}

/**
 * Back to the top before the free bump is due, paid with points (listing_bump). The payment is
 * keyed by the bump it follows, so a double tap pays once; a listing bumped within the last
 * `paidBumpGapMinutes` is still at the top, and is refused rather than paid for again.
 */
export async function bumpItemWithPoints(db: Database, itemId: string, sellerId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const item = await sellersItem(tx, itemId, sellerId, "bump");
    const gapMs = pointSettings.paidBumpGapMinutes * 60_000;
    const sinceMs = now.getTime() - item.bumpedAt.getTime();
    if (sinceMs < gapMs)
      throw new AppError("bump-just-done", { minutes: Math.ceil((gapMs - sinceMs) / 60_000) });
    const cause = `bump:${itemId}:${item.bumpedAt.getTime()}`;
    await spendWithin(tx, { userId: sellerId, kind: "listing_bump", cause }, now);
    await tx.item.update({ where: { id: itemId }, data: { bumpedAt: now } });
  });
}

/** Another 30 days; an expired item comes back to the market. */
export async function renewItem(db: Database, itemId: string, sellerId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const item = await sellersItem(tx, itemId, sellerId, "renew");
    const status = item.status === "expired" ? "available" : item.status;
    await tx.item.update({
      where: { id: itemId },
      data: {
        ...statusColumns(status, item.hiddenAt, now),
        expiresAt: new Date(now.getTime() + LISTING_LIFETIME_MS),
        expiryRemindedAt: null,
      },
    });
  });
}

export async function withdrawItem(db: Database, itemId: string, sellerId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const item = await sellersItem(tx, itemId, sellerId, "withdraw");
    await tx.item.update({ where: { id: itemId }, data: statusColumns("withdrawn", item.hiddenAt, now) });
  });
}

/**
 * Tells the seller once, a few days ahead, that the listing is ending, with a button to renew it.
 * The reminder is claimed (expiryRemindedAt) only while the item still qualifies and in the
 * notification's transaction, so a second run sends nothing and a renewal in between is not reminded.
 */
export async function remindExpiry(db: Database, itemId: string, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [item] = await tx.item.updateManyAndReturn({
      where: { id: itemId, ...expiringSoon(now) },
      data: { expiryRemindedAt: now },
      select: { sellerId: true, title: true, expiresAt: true },
    });
    if (!item?.expiresAt) return false;
    await queueNotification(tx, {
      userId: item.sellerId,
      messageKey: "notify-item-expiring",
      params: { title: item.title, days: Math.ceil((item.expiresAt.getTime() - now.getTime()) / DAY_MS) },
      buttons: renewButton(itemId),
    });
    return true;
  });
}

/** Takes items past their listing time off the market; the seller can still renew them. */
export async function expireItems(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.item.updateMany({
    where: { status: { in: [...onMarketStatuses] }, expiresAt: { lte: now } },
    // hiddenAt does not matter: an expired item is never listed.
    data: statusColumns("expired", null, now),
  });
  return count;
}
