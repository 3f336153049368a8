import { boundingBox, cellsAround, METRES_PER_DEGREE_LAT, metresBetween } from "../cells.js";
import type { Database } from "../db/client.js";
import { Prisma } from "../db/generated/client.js";
import { AppError } from "../errors.js";
import { isVerified } from "../identity/verification.js";
import type { PhotoRef } from "../photo.js";
import { approximate } from "../place.js";
import { getRatingSummaries } from "../ratings/queries.js";
import { parseSearchQuery } from "../search/korean.js";
import { reputationsOf } from "../trust/queries.js";
import { ITEM_AREA_PRECISION_M, MAX_PAGE, PAGE_SIZE, roundDistance } from "./rules.js";
import type { ItemView, SearchCriteria, SearchPage } from "./types.js";

const itemInclude = {
  photos: { orderBy: { position: "asc" } },
  seller: { select: { displayName: true, verifiedAt: true } },
  _count: { select: { saves: true } },
} as const satisfies Prisma.ItemInclude;

type ItemRow = Prisma.ItemGetPayload<{ include: typeof itemInclude }>;

interface Viewpoint {
  lat: number;
  lng: number;
}

async function toViews(db: Database, rows: ItemRow[], from: Viewpoint | undefined): Promise<ItemView[]> {
  const sellerIds = rows.map((row) => row.sellerId);
  const ratings = await getRatingSummaries(db, sellerIds);
  const reputations = await reputationsOf(db, sellerIds);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    price: row.price,
    category: row.category,
    condition: row.condition,
    status: row.status,
    photos: row.photos.map((photo): PhotoRef => ({ platform: photo.platform, ref: photo.ref })),
    area: approximate(
      { lat: row.lat, lng: row.lng, precision: 0, ...(row.placeLabel ? { label: row.placeLabel } : {}) },
      ITEM_AREA_PRECISION_M,
    ),
    distanceM: from ? roundDistance(metresBetween(from, row)) : undefined,
    publishedAt: row.publishedAt ?? undefined,
    bumpedAt: row.bumpedAt,
    expiresAt: row.expiresAt ?? undefined,
    seller: {
      userId: row.sellerId,
      displayName: row.seller.displayName,
      verified: isVerified(row.seller),
      rating: ratings.get(row.sellerId) ?? { average: undefined, count: 0 },
      reputation: reputations.get(row.sellerId),
    },
    saves: row._count.saves,
  }));
}

/** One item as `viewerId` may see it: drafts and hidden items only to their seller. */
export async function getItemView(
  db: Database,
  itemId: string,
  viewerId: string,
  from?: Viewpoint,
): Promise<ItemView> {
  const [row, viewer] = await Promise.all([
    db.item.findUnique({ where: { id: itemId }, include: itemInclude }),
    db.user.findUnique({ where: { id: viewerId }, select: { playground: true } }),
  ]);
  const visible =
    row &&
    row.playground === viewer?.playground &&
    (row.sellerId === viewerId || (row.status !== "draft" && row.hiddenAt === null));
  if (!visible) throw new AppError("not-found");
  const [view] = await toViews(db, [row], from);
  return view as ItemView;
}

/**
 * Playground personas and real people live apart: to each, the other's items do not exist, so a
 * forged button cannot let a persona write to, save or report a real person's item.
 */
export async function refuseOtherWorld(
  tx: Prisma.TransactionClient,
  userId: string,
  itemInPlayground: boolean,
): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { playground: true } });
  if (user?.playground !== itemInPlayground) throw new AppError("not-found");
}

/**
 * An item as anyone may see it, measured from each of `points`: for places that show it to no
 * one in particular (neighbourhood boards). The caller decides whether it may be shown at all.
 */
export async function getItemViewsFrom(
  db: Database,
  itemId: string,
  points: Viewpoint[],
): Promise<ItemView[]> {
  const row = await db.item.findUnique({ where: { id: itemId }, include: itemInclude });
  if (!row) return [];
  const [view] = await toViews(db, [row], undefined);
  return points.map((point) => ({
    ...(view as ItemView),
    distanceM: roundDistance(metresBetween(point, row)),
  }));
}

/**
 * A keyword search runs one of two ways. With a rare word, the token index finds the few rows
 * holding it. With a common one (의자 is in several percent of items), reading its index entry
 * alone costs more than the target, so each cell is read newest first, like a nearby search, and
 * only the words are checked: a page's worth turns up after a few hundred rows.
 */
type KeywordPlan = { kind: "token-index" | "per-cell"; condition: Prisma.Sql };

/** Share of items holding a token, from which on the per-cell way is faster (bench/market.ts). */
const COMMON_TOKEN_SHARE = 0.01;
const TOKEN_STATS_TTL_MS = 10 * 60_000;
const tokenStats = new WeakMap<Database, { readAt: number; shares: Promise<Map<string, number>> }>();

/** How common the most common tokens are, from the planner's statistics, refreshed every few minutes. */
function tokenShares(db: Database): Promise<Map<string, number>> {
  const cached = tokenStats.get(db);
  if (cached && Date.now() - cached.readAt < TOKEN_STATS_TTL_MS) return cached.shares;
  const shares = db.$queryRaw<{ elems: string[] | null; freqs: number[] | null }[]>`
    SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs
    FROM pg_stats WHERE tablename = 'Item' AND attname = 'searchTokens'`.then(([row]) => {
    const elems = row?.elems ?? [];
    return new Map(elems.map((token, index) => [token, row?.freqs?.[index] ?? 0]));
  });
  tokenStats.set(db, { readAt: Date.now(), shares });
  return shares;
}

/** The keyword's checks, and which way to run them; undefined when it holds no word. */
async function keywordPlan(db: Database, keyword: string): Promise<KeywordPlan | undefined> {
  const query = parseSearchQuery(keyword);
  if (query.tokens.length === 0) return undefined;
  // The words really occur: token overlap alone can be chance (책상자 against "상자 책상").
  const words = Prisma.sql`i."searchText" ~ ALL (${query.textPatterns}::text[])
    AND i."searchChoseong" ~ ALL (${query.choseongPatterns}::text[])`;
  const shares = await tokenShares(db);
  const rarest = Math.min(...query.tokens.map((token) => shares.get(token) ?? 0));
  if (rarest >= COMMON_TOKEN_SHARE) return { kind: "per-cell", condition: words };
  return {
    kind: "token-index",
    condition: Prisma.sql`i."searchTokens" @> ${query.tokens}::text[] AND ${words}`,
  };
}

function circleCondition({ lat, lng, radiusM }: SearchCriteria): Prisma.Sql {
  const box = boundingBox(lat, lng, radiusM);
  const lngScale = Math.cos((lat * Math.PI) / 180);
  // In the degrees metresBetween measures in, so an item shown as "3 km" away is in a 3 km search.
  const radiusDeg = radiusM / METRES_PER_DEGREE_LAT;
  // The box lets the planner use lat/lng ranges; the circle is an equirectangular distance, which
  // is exact to well under a metre over a few kilometres.
  return Prisma.sql`i.lat BETWEEN ${box.minLat} AND ${box.maxLat}
    AND i.lng BETWEEN ${box.minLng} AND ${box.maxLng}
    AND power(i.lat - ${lat}, 2) + power((i.lng - ${lng}) * ${lngScale}, 2) <= ${radiusDeg * radiusDeg}`;
}

function filterConditions(criteria: SearchCriteria, keyword: Prisma.Sql | undefined): Prisma.Sql {
  const parts = [
    Prisma.sql`i.listed`,
    Prisma.sql`i.playground = ${criteria.playground}`,
    circleCondition(criteria),
  ];
  if (criteria.category) parts.push(Prisma.sql`i.category = ${criteria.category}::"ItemCategory"`);
  if (criteria.minPrice !== undefined) parts.push(Prisma.sql`i.price >= ${criteria.minPrice}`);
  if (criteria.maxPrice !== undefined) parts.push(Prisma.sql`i.price <= ${criteria.maxPrice}`);
  if (keyword) parts.push(keyword);
  return Prisma.join(parts, " AND ");
}

/**
 * Newest first: each grid cell's slice is read in index order and the slices are merged, so only
 * a page's worth of rows per cell is touched however many items there are. A rare keyword lets the
 * token index narrow the rows first instead.
 */
function searchSql(criteria: SearchCriteria, keyword: KeywordPlan | undefined, take: number, skip: number) {
  const where = filterConditions(criteria, keyword?.condition);
  const order = Prisma.sql`ORDER BY "bumpedAt" DESC, id DESC`;
  const cells = cellsAround(criteria.lat, criteria.lng, criteria.radiusM);
  if (keyword?.kind === "token-index") {
    return Prisma.sql`SELECT i.id FROM "Item" i
      WHERE i.cell IN (${Prisma.join(cells)}) AND ${where}
      ${order} LIMIT ${take} OFFSET ${skip}`;
  }
  const slices = cells.map(
    (cell) => Prisma.sql`(SELECT i.id, i."bumpedAt" FROM "Item" i
      WHERE i.cell = ${cell} AND ${where} ${order} LIMIT ${take + skip})`,
  );
  return Prisma.sql`SELECT id FROM (${Prisma.join(slices, " UNION ALL ")}) AS nearby
    ${order} LIMIT ${take} OFFSET ${skip}`;
}

/** A page (from 1) of listed items matching the criteria, newest (or most recently bumped) first. */
export async function searchItems(db: Database, criteria: SearchCriteria, page = 1): Promise<SearchPage> {
  // Each cell reads page × PAGE_SIZE rows, so pages stop where the buttons stop offering them.
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) throw new AppError("invalid-input");
  const skip = (page - 1) * PAGE_SIZE;
  const keyword = criteria.keyword ? await keywordPlan(db, criteria.keyword) : undefined;
  const found = await db.$queryRaw<{ id: string }[]>(searchSql(criteria, keyword, PAGE_SIZE + 1, skip));
  const ids = found.slice(0, PAGE_SIZE).map((row) => row.id);
  const rows = await db.item.findMany({ where: { id: { in: ids } }, include: itemInclude });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = ids.flatMap((id) => byId.get(id) ?? []);
  return { items: await toViews(db, ordered, criteria), page, hasMore: found.length > PAGE_SIZE };
}

/** The seller's own published items, newest first, sold and withdrawn ones included. */
export async function listSellerItems(db: Database, sellerId: string, limit = 20): Promise<ItemView[]> {
  const rows = await db.item.findMany({
    where: { sellerId, publishedAt: { not: null } },
    include: itemInclude,
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  return toViews(db, rows, undefined);
}

export async function listSavedItems(db: Database, userId: string, limit = 20): Promise<ItemView[]> {
  const saves = await db.itemSave.findMany({
    where: { userId, item: { status: { not: "draft" }, hiddenAt: null } },
    include: { item: { include: itemInclude } },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  return toViews(
    db,
    saves.map((save) => save.item),
    undefined,
  );
}

/** The people who wrote to the seller about an item, for the seller to pick from. */
export async function listItemContacts(db: Database, itemId: string, sellerId: string) {
  const item = await db.item.findUnique({ where: { id: itemId }, select: { sellerId: true } });
  if (!item) throw new AppError("not-found");
  if (item.sellerId !== sellerId) throw new AppError("not-your-item");
  const conversations = await db.conversation.findMany({
    where: { context: "trade", subjectId: itemId },
    include: { opener: { select: { displayName: true } } },
    orderBy: { lastMessageAt: "desc" },
    take: 10,
  });
  return conversations.map((conversation) => ({
    conversationId: conversation.id,
    userId: conversation.openerId,
    displayName: conversation.opener.displayName,
  }));
}
