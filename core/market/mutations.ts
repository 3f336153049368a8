import { commandAction, shortId } from "../actions.js";
import { cellOf, cellsAround, metresBetween } from "../cells.js";
import type { Database, Prisma } from "../db/client.js";
import { isUniqueViolation } from "../db/errors.js";
import { takeTurns } from "../db/turns.js";
import { AppError, parseOrRefuse } from "../errors.js";
import { refuseProfanity } from "../moderation/profanity.js";
import { queueNotification } from "../notifications/mutations.js";
import { recordRating } from "../ratings/mutations.js";
import { ratingCommentSchema, ratingScoreSchema, ratingTagsSchema } from "../ratings/schema.js";
import type { RatingTag } from "../ratings/types.js";
import { ensureConversation } from "../relay/mutations.js";
import { matchesKeyword, searchColumns } from "./matching.js";
import { expiringSoon, onMarketStatuses } from "./queries.js";
import {
  canDo,
  type ItemAction,
  isListed,
  LISTING_LIFETIME_MS,
  MAX_ALERTS_PER_PERSON,
  MAX_ITEMS_PER_DAY,
  MAX_RADIUS_M,
  nextBumpAt,
  POSTING_WINDOW_MS,
  REPORTS_TO_HIDE,
} from "./rules.js";
import {
  type AlertInput,
  alertInputSchema,
  type ItemChanges,
  type ItemInput,
  itemChangesSchema,
  itemInputSchema,
  priceSchema,
} from "./schema.js";
import type { ItemStatus, ReportReason, SearchCriteria } from "./types.js";

type Tx = Prisma.TransactionClient;

/**
 * Playground personas and real people live apart: to each, the other's items do not exist, so a
 * forged button cannot let a persona write to, save or report a real person's item.
 */
async function refuseOtherWorld(tx: Tx, userId: string, itemInPlayground: boolean): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { playground: true } });
  if (user?.playground !== itemInPlayground) throw new AppError("not-found");
}

/** Loads the item for an action of its seller, refusing other people and states the action cannot start from. */
async function sellersItem(tx: Tx, itemId: string, sellerId: string, action: ItemAction) {
  const item = await tx.item.findUnique({ where: { id: itemId } });
  if (!item) throw new AppError("not-found");
  if (item.sellerId !== sellerId) throw new AppError("not-your-item");
  if (!canDo(action, item.status)) throw new AppError("item-unavailable", { status: item.status });
  return item;
}

/** Columns that change with the status, so `listed` can never disagree with it. */
function statusColumns(status: ItemStatus, hiddenAt: Date | null, now: Date) {
  return { status, listed: isListed(status, hiddenAt), boardSyncDueAt: now, version: { increment: 1 } };
}

function itemButton(itemId: string) {
  return [[{ label: { key: "button-view-item" }, action: commandAction("item", { i: shortId(itemId) }) }]];
}

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
    if (next > now)
      throw new AppError("bump-too-soon", { hours: Math.ceil((next.getTime() - now.getTime()) / 3_600_000) });
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

function rateButton(itemId: string) {
  return [[{ label: { key: "button-rate" }, action: commandAction("rate", { i: shortId(itemId) }) }]];
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

/** One report per person; the third person's report hides the item until someone reviews it. */
export async function reportItem(
  db: Database,
  itemId: string,
  reporterId: string,
  reason: ReportReason,
  now = new Date(),
): Promise<{ hidden: boolean }> {
  return db.$transaction(async (tx) => {
    // Reports at the same moment would each count too few to hide the item.
    await takeTurns(tx, { itemId });
    const item = await tx.item.findUnique({ where: { id: itemId } });
    if (!item || item.status === "draft") throw new AppError("not-found");
    await refuseOtherWorld(tx, reporterId, item.playground);
    if (item.sellerId === reporterId) throw new AppError("own-item");
    try {
      await tx.itemReport.create({ data: { itemId, reporterId, reason } });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("already-reported");
      throw error;
    }
    const reports = await tx.itemReport.count({ where: { itemId } });
    if (reports < REPORTS_TO_HIDE || item.hiddenAt) return { hidden: item.hiddenAt !== null };
    await tx.item.update({
      where: { id: itemId },
      data: { hiddenAt: now, ...statusColumns(item.status, now, now) },
    });
    return { hidden: true };
  });
}

/** Keeps a search so its pages can be turned by a short button; an alert keeps it for good. */
export async function saveSearch(db: Database, userId: string, criteria: SearchCriteria): Promise<string> {
  const { id } = await db.marketSearch.create({
    data: {
      userId,
      keyword: criteria.keyword ?? null,
      category: criteria.category ?? null,
      minPrice: criteria.minPrice ?? null,
      maxPrice: criteria.maxPrice ?? null,
      lat: criteria.lat,
      lng: criteria.lng,
      radiusM: criteria.radiusM,
      cell: cellOf(criteria.lat, criteria.lng),
    },
    select: { id: true },
  });
  return id;
}

export async function createAlert(db: Database, userId: string, input: AlertInput): Promise<string> {
  const alert = parseOrRefuse(alertInputSchema, input);
  return db.$transaction(async (tx) => {
    await takeTurns(tx, { userId });
    const count = await tx.marketSearch.count({ where: { userId, alert: true } });
    if (count >= MAX_ALERTS_PER_PERSON) throw new AppError("too-many-alerts", { max: MAX_ALERTS_PER_PERSON });
    const { id } = await tx.marketSearch.create({
      data: {
        userId,
        alert: true,
        keyword: alert.keyword,
        maxPrice: alert.maxPrice ?? null,
        lat: alert.lat,
        lng: alert.lng,
        radiusM: alert.radiusM,
        cell: cellOf(alert.lat, alert.lng),
      },
      select: { id: true },
    });
    return id;
  });
}

export async function deleteAlert(db: Database, userId: string, alertId: string): Promise<void> {
  const { count } = await db.marketSearch.deleteMany({ where: { id: alertId, userId, alert: true } });
  if (count === 0) throw new AppError("not-found");
}

/**
 * Tells each person whose alert matches a newly published item, once per person and item
 * however many of their alerts match, in one transaction with marking the item matched.
 */
export async function matchAlerts(db: Database, itemId: string, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    // Claiming the item first makes a second job for it (a retry, another worker) wait and find nothing.
    const { count: claimed } = await tx.item.updateMany({
      where: { id: itemId, alertsMatchedAt: null, publishedAt: { not: null } },
      data: { alertsMatchedAt: now },
    });
    const item = claimed ? await tx.item.findUnique({ where: { id: itemId } }) : null;
    if (!item?.listed) return 0;
    const alerts = await tx.marketSearch.findMany({
      where: {
        alert: true,
        cell: { in: cellsAround(item.lat, item.lng, MAX_RADIUS_M) },
        userId: { not: item.sellerId },
        user: { playground: item.playground },
        OR: [{ maxPrice: null }, { maxPrice: { gte: item.price } }],
      },
      orderBy: { createdAt: "asc" },
    });
    const matching = alerts.filter(
      (alert) =>
        metresBetween(alert, item) <= alert.radiusM &&
        matchesKeyword(alert.keyword ?? "", item.searchText, item.searchChoseong),
    );
    // The oldest matching alert of each person names the keyword they are told about.
    const firstPerPerson = [...new Map(matching.toReversed().map((alert) => [alert.userId, alert])).values()];
    const hits = await tx.alertHit.createManyAndReturn({
      data: firstPerPerson.map((alert) => ({
        userId: alert.userId,
        itemId,
        searchId: alert.id,
        createdAt: now,
      })),
      skipDuplicates: true,
    });
    for (const hit of hits) {
      const alert = firstPerPerson.find((candidate) => candidate.id === hit.searchId);
      await queueNotification(tx, {
        userId: hit.userId,
        messageKey: "notify-alert-match",
        params: { keyword: alert?.keyword ?? "", title: item.title, price: item.price },
        buttons: itemButton(itemId),
      });
    }
    return hits.length;
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

function renewButton(itemId: string) {
  return [[{ label: { key: "button-renew" }, action: commandAction("item_renew", { i: shortId(itemId) }) }]];
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

/** Plain searches only back the page buttons of a result list, which nobody turns a day later; alerts stay. */
export async function deleteStaleSearches(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.marketSearch.deleteMany({
    where: { alert: false, createdAt: { lt: new Date(now.getTime() - DAY_MS) } },
  });
  return count;
}
