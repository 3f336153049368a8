import { cellOf, cellsAround, metresBetween } from "../../cells.js";
import type { Database } from "../../db/client.js";
import { takeTurns } from "../../db/turns.js";
import { AppError, parseOrRefuse } from "../../errors.js";
import { queueNotification } from "../../notifications/mutations.js";
import { itemButton } from "../buttons.js";
import { matchesKeyword } from "../matching.js";
import { MAX_ALERTS_PER_PERSON, MAX_RADIUS_M } from "../rules.js";
import { type AlertInput, alertInputSchema } from "../schema.js";
import type { SearchCriteria } from "../types.js";

// Searches people keep: a plain one for a day, behind its result list's page buttons; an alert
// for good, matched against every item published after it.

const DAY_MS = 24 * 60 * 60 * 1000;

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

/** Plain searches only back the page buttons of a result list, which nobody turns a day later; alerts stay. */
export async function deleteStaleSearches(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.marketSearch.deleteMany({
    where: { alert: false, createdAt: { lt: new Date(now.getTime() - DAY_MS) } },
  });
  return count;
}
