import type { Database } from "../../db/client.js";
import { AppError } from "../../errors.js";
import type { SearchCriteria } from "../types.js";

/** A search this person ran or keeps as an alert; nobody else's. */
export async function getSearch(db: Database, searchId: string, userId: string): Promise<SearchCriteria> {
  const search = await db.marketSearch.findFirst({
    where: { id: searchId, userId },
    include: { user: { select: { playground: true } } },
  });
  if (!search) throw new AppError("not-found");
  return {
    playground: search.user.playground,
    lat: search.lat,
    lng: search.lng,
    radiusM: search.radiusM,
    keyword: search.keyword ?? undefined,
    category: search.category ?? undefined,
    minPrice: search.minPrice ?? undefined,
    maxPrice: search.maxPrice ?? undefined,
  };
}

export interface AlertView {
  id: string;
  keyword: string;
  radiusM: number;
  maxPrice: number | undefined;
}

export async function listAlerts(db: Database, userId: string): Promise<AlertView[]> {
  const alerts = await db.marketSearch.findMany({
    where: { userId, alert: true },
    orderBy: { createdAt: "asc" },
  });
  return alerts.map((alert) => ({
    id: alert.id,
    keyword: alert.keyword ?? "",
    radiusM: alert.radiusM,
    maxPrice: alert.maxPrice ?? undefined,
  }));
}

/** Published items the alerts job has not matched yet, oldest first, read by the [alertsMatchedAt, publishedAt] index. */
export async function findItemsToMatch(db: Database, limit: number): Promise<string[]> {
  const rows = await db.item.findMany({
    where: { alertsMatchedAt: null, publishedAt: { not: null } },
    orderBy: { publishedAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
