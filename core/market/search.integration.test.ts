import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { metresBetween } from "../cells.js";
import { createDatabase } from "../db/client.js";
import { searchTokens } from "../search/korean.js";
import { createDraft, withdrawItem } from "./items/mutations.js";
import { getItemView, searchItems } from "./queries.js";
import { reportItem } from "./reports/mutations.js";
import { DEFAULT_RADIUS_M, MAX_PAGE, PAGE_SIZE, REPORTS_TO_HIDE } from "./rules.js";
import { saveSearch } from "./searches/mutations.js";
import { getSearch } from "./searches/queries.js";
import { codeOf, gangnam, itemInput, listedItem, near, person, sillim } from "./test-seed.js";
import { markSold } from "./trades/mutations.js";
import type { SearchCriteria } from "./types.js";

let database: TestDatabase;
const start = new Date("2026-03-01T03:00:00Z");
const hoursLater = (hours: number) => new Date(start.getTime() + hours * 3_600_000);

/** Listed within 3 km of 신림, oldest first. */
const nearby = [
  { title: "원목의자", category: "furniture", price: 25_000, at: near(sillim, 400, 0) },
  { title: "전자레인지", category: "appliances", price: 30_000, at: near(sillim, 1_200, 90) },
  { title: "책상", category: "furniture", price: 50_000, at: near(sillim, 2_200, 180) },
  { title: "머그컵 나눔", category: "kitchen", price: 0, at: near(sillim, 2_900, 270) },
  // Just inside the circle, by the same measure the item card shows ("3 km").
  { title: "스탠드 조명", category: "household", price: 15_000, at: near(sillim, 2_998, 30) },
  { title: "겨울 이불", category: "household", price: 20_000, at: near(sillim, 800, 135) },
] as const;

const ids = {
  nearby: [] as string[],
  gangnam: "",
  justOutside: "",
  draft: "",
  sold: "",
  withdrawn: "",
  hidden: "",
};

const around = (changes: Partial<SearchCriteria> = {}): SearchCriteria => ({
  playground: false,
  ...sillim,
  radiusM: DEFAULT_RADIUS_M,
  ...changes,
});

async function titlesOf(criteria: SearchCriteria, page = 1): Promise<string[]> {
  return (await searchItems(database.db, criteria, page)).items.map((item) => item.title);
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const seller = await person(db, "판매자");
  for (const [index, item] of nearby.entries()) {
    ids.nearby.push(await listedItem(db, seller, item, hoursLater(index)));
  }
  // Every one of these is a 원목의자 newer than all of the above, so it would head any search it got into.
  const other = await person(db, "다른 판매자");
  ids.gangnam = await listedItem(db, other, { at: gangnam }, hoursLater(10));
  ids.justOutside = await listedItem(db, other, { at: near(sillim, 3_100, 0) }, hoursLater(11));
  ids.draft = await createDraft(db, other, itemInput({ at: near(sillim, 300) }), hoursLater(12));
  ids.sold = await listedItem(db, other, { at: near(sillim, 300) }, hoursLater(13));
  await markSold(db, ids.sold, other, undefined, hoursLater(14));
  ids.withdrawn = await listedItem(db, other, { at: near(sillim, 300) }, hoursLater(15));
  await withdrawItem(db, ids.withdrawn, other, hoursLater(16));
  ids.hidden = await listedItem(db, other, { at: near(sillim, 300) }, hoursLater(17));
  for (let reporter = 0; reporter < REPORTS_TO_HIDE; reporter++) {
    await reportItem(db, ids.hidden, await person(db), "scam");
  }
});

afterAll(async () => {
  await database?.drop();
});

describe("searching the market", () => {
  it("lists items within the radius, newest first, a page at a time", async () => {
    const newestFirst = nearby.map((item) => item.title).reverse();
    const first = await searchItems(database.db, around());
    expect(first.items.map((item) => item.title)).toEqual(newestFirst.slice(0, PAGE_SIZE));
    expect(first.hasMore).toBe(true);

    const second = await searchItems(database.db, around(), 2);
    expect(second.items.map((item) => item.title)).toEqual(newestFirst.slice(PAGE_SIZE));
    expect(second.hasMore).toBe(false);
    expect(await titlesOf(around(), 3)).toEqual([]);
  });

  it("refuses pages before the first and after the last one offered", async () => {
    for (const page of [0, -1, 1.5, MAX_PAGE + 1]) {
      expect(await codeOf(searchItems(database.db, around(), page)), String(page)).toBe("invalid-input");
    }
  });

  it("finds Korean words inside longer words, and initial consonants", async () => {
    expect(await titlesOf(around({ keyword: "의자" }))).toEqual(["원목의자"]);
    expect(await titlesOf(around({ keyword: "ㅈㅈㄹㅇㅈ" }))).toEqual(["전자레인지"]);
    expect(await titlesOf(around({ keyword: "원목 의자" }))).toEqual(["원목의자"]);
    expect(await titlesOf(around({ keyword: "소파" }))).toEqual([]);
  });

  it("finds words typed without their spaces, in letters and in initial consonants", async () => {
    expect(await titlesOf(around({ keyword: "겨울이불" }))).toEqual(["겨울 이불"]);
    expect(await titlesOf(around({ keyword: "ㄱㅇㅇㅂ" }))).toEqual(["겨울 이불"]);
    expect(await titlesOf(around({ keyword: "스탠드조명" }))).toEqual(["스탠드 조명"]);
    // From inside a word, never across a space.
    expect(await titlesOf(around({ keyword: "울이" }))).toEqual([]);
  });

  it("gives rows stored before it the tokens across spaces, as searchTokens makes them", async () => {
    const { db } = database;
    const blanket = await db.item.findFirstOrThrow({ where: { title: "겨울 이불" } });
    const before = searchTokens("겨울", "").concat(
      searchTokens("이불", ""),
      searchTokens(blanket.description),
    );
    await db.item.update({ where: { id: blanket.id }, data: { searchTokens: [...new Set(before)] } });
    expect(await titlesOf(around({ keyword: "겨울이불" }))).toEqual([]);
    const migration = await readFile(
      path.join(
        import.meta.dirname,
        "../../prisma/migrations/20261201000000_search_across_spaces/migration.sql",
      ),
      "utf8",
    );
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(migration).finally(() => client.end());
    const migrated = await db.item.findUniqueOrThrow({ where: { id: blanket.id } });
    expect(migrated.searchTokens.sort()).toEqual(searchTokens(blanket.title, blanket.description).sort());
    expect(await titlesOf(around({ keyword: "겨울이불" }))).toEqual(["겨울 이불"]);
  });

  it("finds the same items by cell when the planner's statistics call a word common", async () => {
    const keywords = ["의자", "ㅈㅈㄹㅇㅈ", "이불", "나눔", "없는말"];
    const byTokenIndex = await Promise.all(keywords.map((keyword) => titlesOf(around({ keyword }))));
    await database.db.$executeRawUnsafe(`ANALYZE "Item"`);
    const [stats] = await database.db.$queryRaw<{ common: boolean }[]>`
      SELECT '의자' = ANY (most_common_elems::text::text[]) AS common
      FROM pg_stats WHERE tablename = 'Item' AND attname = 'searchTokens'`;
    expect(stats?.common).toBe(true);
    // A new client reads the statistics afresh (each client caches them for minutes).
    const fresh = createDatabase(database.url);
    try {
      const byCell = await Promise.all(
        keywords.map(async (keyword) =>
          (await searchItems(fresh, around({ keyword }))).items.map((item) => item.title),
        ),
      );
      expect(byCell).toEqual(byTokenIndex);
      expect(byCell[0]).toEqual(["원목의자"]);
    } finally {
      await fresh.$disconnect();
    }
  });

  it("widens to Gangnam with a 10 km radius", async () => {
    const found = await searchItems(database.db, around({ keyword: "의자", radiusM: 10_000 }));
    expect(found.items.map((item) => item.id)).toEqual([ids.justOutside, ids.gangnam, ids.nearby[0]]);
  });

  it("filters by category and price", async () => {
    expect(await titlesOf(around({ category: "furniture" }))).toEqual(["책상", "원목의자"]);
    expect(await titlesOf(around({ maxPrice: 20_000 }))).toEqual(["겨울 이불", "스탠드 조명", "머그컵 나눔"]);
    expect(await titlesOf(around({ minPrice: 25_000, maxPrice: 30_000 }))).toEqual([
      "전자레인지",
      "원목의자",
    ]);
    expect(await titlesOf(around({ maxPrice: 0 }))).toEqual(["머그컵 나눔"]);
    expect(await titlesOf(around({ category: "furniture", keyword: "책상", minPrice: 60_000 }))).toEqual([]);
  });

  it("never shows drafts, sold, withdrawn or hidden items", async () => {
    const unlisted = [ids.draft, ids.sold, ids.withdrawn, ids.hidden];
    const seen: string[] = [];
    for (const criteria of [around({ radiusM: 10_000 }), around({ radiusM: 10_000, keyword: "원목의자" })]) {
      for (let page = 1; ; page++) {
        const found = await searchItems(database.db, criteria, page);
        seen.push(...found.items.map((item) => item.id));
        if (!found.hasMore) break;
      }
    }
    expect(seen).toContain(ids.gangnam);
    expect(seen.filter((id) => unlisted.includes(id))).toEqual([]);
  });

  it("shows a rounded distance and an approximate area, never the seller's spot", async () => {
    const viewer = await person(database.db);
    const [chair, oven, , , lamp] = await Promise.all(
      ids.nearby.map((id) => getItemView(database.db, id, viewer, sillim)),
    );
    expect([chair?.distanceM, oven?.distanceM, lamp?.distanceM]).toEqual([500, 1_000, 3_000]);

    const views = (await searchItems(database.db, around())).items;
    for (const view of views) {
      const exact = nearby.find((item) => item.title === view.title)?.at ?? sillim;
      expect(view.area.precision).toBe(300);
      expect([view.area.lat, view.area.lng]).not.toContain(exact.lat);
      expect([view.area.lat, view.area.lng]).not.toContain(exact.lng);
      expect(metresBetween(exact, view.area)).toBeLessThan(300);
      expect(view).not.toHaveProperty("lat");
      expect(view).not.toHaveProperty("lng");
    }
    expect((await getItemView(database.db, ids.nearby[0] as string, viewer)).distanceM).toBeUndefined();
  });

  it("shows drafts and hidden items to their seller only", async () => {
    const viewer = await person(database.db);
    expect(await codeOf(getItemView(database.db, ids.draft, viewer))).toBe("not-found");
    expect(await codeOf(getItemView(database.db, ids.hidden, viewer))).toBe("not-found");
    const sellerId = (await database.db.item.findUniqueOrThrow({ where: { id: ids.hidden } })).sellerId;
    expect((await getItemView(database.db, ids.hidden, sellerId)).status).toBe("available");
    expect((await getItemView(database.db, ids.sold, viewer)).status).toBe("sold");
  });

  it("keeps a search for its owner to turn pages, and for nobody else", async () => {
    const owner = await person(database.db);
    const criteria = around({ keyword: "의자", category: "furniture", maxPrice: 30_000 });
    const searchId = await saveSearch(database.db, owner, criteria);
    expect(await getSearch(database.db, searchId, owner)).toEqual({ ...criteria, minPrice: undefined });
    expect(await codeOf(getSearch(database.db, searchId, await person(database.db)))).toBe("not-found");
  });
});
