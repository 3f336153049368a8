import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { actions } from "../actions/table.js";
import {
  bumpItem,
  changePrice,
  createDraft,
  editItem,
  publishItem,
  renewItem,
  withdrawItem,
} from "./items/mutations.js";
import { getItemView, listItemContacts, listSellerItems, searchItems } from "./queries.js";
import { reportItem } from "./reports/mutations.js";
import { BUMP_INTERVAL_MS, MAX_ITEMS_PER_DAY, POSTING_WINDOW_MS } from "./rules.js";
import { saveItem, unsaveItem } from "./saves/mutations.js";
import { codeOf, itemInput, listedItem, outboxOf, person, sillim } from "./test-seed.js";
import { contactSeller, markSold, rateTrade, reserveItem, unreserveItem } from "./trades/mutations.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const day = 24 * 60 * 60 * 1000;
const start = new Date("2026-04-01T01:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);

async function statusOf(itemId: string) {
  const { status, listed } = await database.db.item.findUniqueOrThrow({ where: { id: itemId } });
  return { status, listed };
}

/** A seller, a buyer who wrote to them and an item of the seller's, available. */
async function trade() {
  const { db } = database;
  const sellerId = await person(db, "판매자");
  const buyerId = await person(db, "구매자");
  const itemId = await listedItem(db, sellerId, {}, start);
  await contactSeller(db, itemId, buyerId);
  return { sellerId, buyerId, itemId };
}

describe("drafting an item", () => {
  it.each([
    ["a title over 80 characters", { title: "가".repeat(81) }],
    ["an empty title", { title: "   " }],
    ["a description over 2000 characters", { description: "a".repeat(2_001) }],
    ["a price over 100,000,000", { price: 100_000_001 }],
    ["a negative price", { price: -5_000 }],
    ["a fractional price", { price: 3.5 }],
    [
      "six photos",
      { photos: Array.from({ length: 6 }, (_, n) => ({ platform: "telegram" as const, ref: `f${n}` })) },
    ],
    ["a latitude of 91", { at: { lat: 91, lng: 127 } }],
  ] as const)("refuses %s and writes nothing", async (_, changes) => {
    const sellerId = await person(database.db);
    expect(await codeOf(createDraft(database.db, sellerId, itemInput(changes)))).toBe("invalid-input");
    expect(await database.db.item.count({ where: { sellerId } })).toBe(0);
  });

  it("accepts the longest title and the most photos, in order", async () => {
    const sellerId = await person(database.db);
    const photos = Array.from({ length: 5 }, (_, n) => ({ platform: "telegram" as const, ref: `file-${n}` }));
    const itemId = await createDraft(database.db, sellerId, itemInput({ title: "가".repeat(80), photos }));
    const view = await getItemView(database.db, itemId, sellerId);
    expect(view).toMatchObject({ status: "draft", photos, publishedAt: undefined });
  });

  it("refuses swear words in the title or description", async () => {
    const sellerId = await person(database.db);
    expect(await codeOf(createDraft(database.db, sellerId, itemInput({ title: "시발 의자" })))).toBe(
      "profanity",
    );
    expect(
      await codeOf(createDraft(database.db, sellerId, itemInput({ description: "fuck this chair" }))),
    ).toBe("profanity");
    expect(await database.db.item.count({ where: { sellerId } })).toBe(0);
  });

  it(`stops a seller after ${MAX_ITEMS_PER_DAY} items a day`, async () => {
    const sellerId = await person(database.db);
    for (let n = 0; n < MAX_ITEMS_PER_DAY; n++) {
      await createDraft(database.db, sellerId, itemInput(), later(n * 60_000));
    }
    expect(await codeOf(createDraft(database.db, sellerId, itemInput(), later(day / 2)))).toBe(
      "posting-too-fast",
    );
    expect(await database.db.item.count({ where: { sellerId } })).toBe(MAX_ITEMS_PER_DAY);
    expect(await codeOf(createDraft(database.db, sellerId, itemInput(), later(POSTING_WINDOW_MS + 1)))).toBe(
      undefined,
    );
  });

  it("holds however fast a seller posts at once", async () => {
    const sellerId = await person(database.db);
    const burst = Array.from({ length: MAX_ITEMS_PER_DAY + 5 }, () =>
      codeOf(createDraft(database.db, sellerId, itemInput(), start)),
    );
    const refusals = (await Promise.all(burst)).filter((code) => code !== undefined);
    expect(refusals).toEqual(Array(5).fill("posting-too-fast"));
    expect(await database.db.item.count({ where: { sellerId } })).toBe(MAX_ITEMS_PER_DAY);
  });
});

describe("who may act on an item", () => {
  it("refuses everyone but the seller, and changes nothing", async () => {
    const { db } = database;
    const { sellerId, buyerId, itemId } = await trade();
    const stranger = await person(db);
    const attempts = [
      () => publishItem(db, itemId, stranger),
      () => editItem(db, itemId, stranger, { title: "내 거" }),
      () => changePrice(db, itemId, stranger, 1),
      () => bumpItem(db, itemId, stranger, later(10 * day)),
      () => renewItem(db, itemId, stranger),
      () => withdrawItem(db, itemId, stranger),
      () => reserveItem(db, itemId, stranger, buyerId),
      () => unreserveItem(db, itemId, stranger),
      () => markSold(db, itemId, stranger, buyerId),
      () => listItemContacts(db, itemId, stranger),
    ];
    for (const attempt of attempts) expect(await codeOf(attempt())).toBe("not-your-item");
    const view = await getItemView(db, itemId, sellerId);
    expect(view).toMatchObject({ status: "available", title: "원목의자", price: 10_000 });
    expect(await codeOf(withdrawItem(db, randomUUID(), sellerId))).toBe("not-found");
  });

  it("refuses actions the item's state does not allow, naming the state", async () => {
    const { db } = database;
    const { sellerId, buyerId, itemId } = await trade();
    const draftId = await createDraft(db, sellerId, itemInput());
    for (const attempt of [
      () => bumpItem(db, draftId, sellerId, later(10 * day)),
      () => reserveItem(db, draftId, sellerId, buyerId),
      () => markSold(db, draftId, sellerId, undefined),
      () => unreserveItem(db, itemId, sellerId),
      () => publishItem(db, itemId, sellerId),
    ]) {
      expect(await codeOf(attempt())).toBe("item-unavailable");
    }

    await markSold(db, itemId, sellerId, buyerId);
    for (const attempt of [
      () => editItem(db, itemId, sellerId, { title: "다시" }),
      () => changePrice(db, itemId, sellerId, 1),
      () => bumpItem(db, itemId, sellerId, later(10 * day)),
      () => renewItem(db, itemId, sellerId),
      () => withdrawItem(db, itemId, sellerId),
      () => markSold(db, itemId, sellerId, undefined),
    ]) {
      expect(await codeOf(attempt())).toBe("item-unavailable");
    }
    await expect(withdrawItem(db, itemId, sellerId)).rejects.toMatchObject({ params: { status: "sold" } });
  });
});

describe("an item's life", () => {
  it("is invisible to others as a draft and listed once published", async () => {
    const { db } = database;
    const sellerId = await person(db);
    const itemId = await createDraft(db, sellerId, itemInput({ title: "캠핑의자" }), start);
    expect(await codeOf(getItemView(db, itemId, await person(db)))).toBe("not-found");
    expect(await listSellerItems(db, sellerId)).toEqual([]);

    await publishItem(db, itemId, sellerId, start);
    const view = await getItemView(db, itemId, await person(db));
    expect(view).toMatchObject({ status: "available", publishedAt: start, bumpedAt: start });
    expect(view.expiresAt).toEqual(later(30 * day));
    expect((await listSellerItems(db, sellerId)).map((item) => item.id)).toEqual([itemId]);
  });

  it("bumps at most once every three days", async () => {
    const { db } = database;
    const sellerId = await person(db);
    const itemId = await listedItem(db, sellerId, {}, start);
    await expect(bumpItem(db, itemId, sellerId, later(BUMP_INTERVAL_MS - 3_600_000))).rejects.toMatchObject({
      code: "bump-too-soon",
      params: { hours: 1 },
    });
    await bumpItem(db, itemId, sellerId, later(BUMP_INTERVAL_MS));
    expect((await getItemView(db, itemId, sellerId)).bumpedAt).toEqual(later(BUMP_INTERVAL_MS));
    expect(await codeOf(bumpItem(db, itemId, sellerId, later(BUMP_INTERVAL_MS + day)))).toBe("bump-too-soon");
  });

  it("finds an edited item by its new words only", async () => {
    const { db } = database;
    const sellerId = await person(db);
    const itemId = await listedItem(db, sellerId, { title: "소파베드" }, start);
    await editItem(db, itemId, sellerId, { title: "철제책장", description: "5단" });
    expect(await codeOf(editItem(db, itemId, sellerId, { title: "개새끼" }))).toBe("profanity");
    expect(await codeOf(editItem(db, itemId, sellerId, { title: "" }))).toBe("invalid-input");
    const search = (keyword: string) =>
      searchItems(db, { playground: false, ...sillim, radiusM: 1_000, keyword }).then((page) =>
        page.items.map((item) => item.id),
      );
    expect(await search("책장")).toEqual([itemId]);
    expect(await search("소파")).toEqual([]);
  });

  it("comes back to the market when an expired item is renewed", async () => {
    const { db } = database;
    const sellerId = await person(db);
    const itemId = await listedItem(db, sellerId, {}, start);
    // Expiry is the reminders worker's job; here the item is simply past its date.
    await db.item.update({ where: { id: itemId }, data: { status: "expired", listed: false } });
    await renewItem(db, itemId, sellerId, later(31 * day));
    expect(await statusOf(itemId)).toEqual({ status: "available", listed: true });
    expect((await getItemView(db, itemId, sellerId)).expiresAt).toEqual(later(61 * day));
  });

  it("leaves the market when withdrawn", async () => {
    const { db } = database;
    const sellerId = await person(db);
    const itemId = await listedItem(db, sellerId);
    await withdrawItem(db, itemId, sellerId);
    expect(await statusOf(itemId)).toEqual({ status: "withdrawn", listed: false });
    expect(await codeOf(contactSeller(db, itemId, await person(db)))).toBe("item-unavailable");
  });

  it("is hidden by the third person to report it, once each, never by its seller", async () => {
    const { db } = database;
    const sellerId = await person(db);
    const itemId = await listedItem(db, sellerId);
    expect(await codeOf(reportItem(db, itemId, sellerId, "scam"))).toBe("own-item");
    const first = await person(db);
    expect(await reportItem(db, itemId, first, "scam")).toEqual({ hidden: false });
    expect(await codeOf(reportItem(db, itemId, first, "scam"))).toBe("already-reported");
    expect(await reportItem(db, itemId, await person(db), "prohibited")).toEqual({ hidden: false });
    expect(await reportItem(db, itemId, await person(db), "other")).toEqual({ hidden: true });
    expect(await statusOf(itemId)).toEqual({ status: "available", listed: false });
    expect(await codeOf(contactSeller(db, itemId, first))).toBe("not-found");
  });

  it("is hidden when three people report it at the same moment", async () => {
    const { db } = database;
    const itemId = await listedItem(db, await person(db));
    const reporters = [await person(db), await person(db), await person(db)];
    const outcomes = await Promise.all(reporters.map((reporter) => reportItem(db, itemId, reporter, "scam")));
    expect(outcomes.filter((outcome) => outcome.hidden)).toHaveLength(1);
    expect(await statusOf(itemId)).toEqual({ status: "available", listed: false });
  });
});

describe("reserving and selling", () => {
  it("holds the item only for someone who wrote, and tells them", async () => {
    const { db } = database;
    const { sellerId, buyerId, itemId } = await trade();
    const stranger = await person(db);
    expect(await codeOf(reserveItem(db, itemId, sellerId, stranger))).toBe("not-a-contact");
    expect(await statusOf(itemId)).toEqual({ status: "available", listed: true });

    expect((await listItemContacts(db, itemId, sellerId)).map((contact) => contact.userId)).toEqual([
      buyerId,
    ]);
    await reserveItem(db, itemId, sellerId, buyerId);
    expect(await statusOf(itemId)).toEqual({ status: "reserved", listed: true });
    const [told] = await outboxOf(db, buyerId);
    expect(told).toMatchObject({ messageKey: "notify-item-reserved", params: { title: "원목의자" } });
    expect(told?.buttons).toEqual([
      [{ label: { key: "button-view-item" }, action: actions.item({ itemId }) }],
    ]);
    expect(await outboxOf(db, stranger)).toEqual([]);

    await unreserveItem(db, itemId, sellerId);
    expect(await statusOf(itemId)).toEqual({ status: "available", listed: true });
  });

  it("sells to someone who wrote, who is asked to rate the seller", async () => {
    const { db } = database;
    const { sellerId, buyerId, itemId } = await trade();
    expect(await codeOf(markSold(db, itemId, sellerId, await person(db)))).toBe("not-a-contact");
    await markSold(db, itemId, sellerId, buyerId);
    expect(await statusOf(itemId)).toEqual({ status: "sold", listed: false });
    const [told] = await outboxOf(db, buyerId, "notify-item-sold-to-you");
    expect(told?.buttons).toEqual([[{ label: { key: "button-rate" }, action: actions.rate({ itemId }) }]]);
  });
});

describe("rating a trade", () => {
  it("lets the buyer and the seller rate each other once, and shows it on the seller's items", async () => {
    const { db } = database;
    const { sellerId, buyerId, itemId } = await trade();
    const rate = (raterId: string, score: number) => rateTrade(db, { itemId, raterId, score, tags: [] });
    expect(await codeOf(rate(buyerId, 5))).toBe("rating-not-allowed");

    await markSold(db, itemId, sellerId, buyerId);
    expect(await codeOf(rate(await person(db), 1))).toBe("rating-not-allowed");
    await rateTrade(db, { itemId, raterId: buyerId, score: 4, tags: ["friendly"], comment: "친절해요" });
    expect(await codeOf(rate(buyerId, 1))).toBe("already-rated");
    await rate(sellerId, 5);
    expect(await codeOf(rate(sellerId, 5))).toBe("already-rated");

    const other = await listedItem(db, sellerId);
    const view = await getItemView(db, other, buyerId);
    expect(view.seller).toMatchObject({ userId: sellerId, rating: { average: 4, count: 1 } });
    const buyerRatings = await db.rating.findMany({ where: { rateeId: buyerId } });
    expect(buyerRatings.map((rating) => [rating.raterId, rating.score])).toEqual([[sellerId, 5]]);
  });

  it("refuses scores outside 1 to 5 and unknown tags", async () => {
    const { db } = database;
    const { sellerId, buyerId, itemId } = await trade();
    await markSold(db, itemId, sellerId, buyerId);
    for (const score of [0, 6, 4.5]) {
      expect(await codeOf(rateTrade(db, { itemId, raterId: buyerId, score, tags: [] }))).toBe(
        "invalid-input",
      );
    }
    const tags = ["rude"] as unknown as [];
    expect(await codeOf(rateTrade(db, { itemId, raterId: buyerId, score: 3, tags }))).toBe("invalid-input");
    expect(await db.rating.count({ where: { subjectId: itemId } })).toBe(0);
  });

  it("is not allowed for an item sold to nobody here", async () => {
    const { db } = database;
    const { sellerId, itemId } = await trade();
    await markSold(db, itemId, sellerId, undefined);
    expect(await codeOf(rateTrade(db, { itemId, raterId: sellerId, score: 5, tags: [] }))).toBe(
      "rating-not-allowed",
    );
  });
});

describe("changing the price", () => {
  it("tells each person who saved the item about a drop, once, and nobody about a raise", async () => {
    const { db } = database;
    const sellerId = await person(db);
    const itemId = await listedItem(db, sellerId, { price: 30_000 });
    const savers = [await person(db), await person(db)];
    for (const saver of savers) await saveItem(db, itemId, saver);
    await saveItem(db, itemId, savers[0] as string); // a second save is still one
    const unsaved = await person(db);
    await saveItem(db, itemId, unsaved);
    await unsaveItem(db, itemId, unsaved);

    expect(await changePrice(db, itemId, sellerId, 25_000)).toEqual({ notified: 2 });
    expect(await changePrice(db, itemId, sellerId, 25_000)).toEqual({ notified: 0 });
    expect(await changePrice(db, itemId, sellerId, 40_000)).toEqual({ notified: 0 });
    for (const saver of savers) {
      const told = await outboxOf(db, saver);
      expect(told.map((row) => [row.messageKey, row.params])).toEqual([
        ["notify-price-drop", { title: "원목의자", before: 30_000, after: 25_000 }],
      ]);
    }
    expect(await outboxOf(db, unsaved)).toEqual([]);
    expect((await getItemView(db, itemId, unsaved)).price).toBe(40_000);
  });
});
