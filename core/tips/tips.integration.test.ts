import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { codeOf, person } from "../market/test-seed.js";
import { postTip, voteTipHelpful } from "./mutations.js";
import { listBestTips } from "./queries.js";
import type { TipInput } from "./schema.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const tip = (changes: Partial<TipInput> = {}): TipInput => ({
  product: "미니 전기밥솥",
  category: "kitchen",
  rating: 4,
  body: "1인분 밥 짓기에 딱 좋아요",
  ...changes,
});

async function votes(tipId: string, count: number) {
  for (let n = 0; n < count; n++) await voteTipHelpful(database.db, tipId, await person(database.db));
}

describe("tips", () => {
  it("refuses bad ratings, empty reviews and swear words", async () => {
    const authorId = await person(database.db);
    for (const changes of [{ rating: 0 }, { rating: 6 }, { body: " " }, { product: "가".repeat(81) }]) {
      expect(await codeOf(postTip(database.db, authorId, tip(changes)))).toBe("invalid-input");
    }
    expect(await codeOf(postTip(database.db, authorId, tip({ body: "존나 좋음" })))).toBe("profanity");
    expect(await database.db.tip.count({ where: { authorId } })).toBe(0);
  });

  it("counts one helpful vote per person, never the author's own", async () => {
    const { db } = database;
    const authorId = await person(db);
    const tipId = await postTip(db, authorId, tip());
    const reader = await person(db);
    expect(await voteTipHelpful(db, tipId, reader)).toBe(1);
    expect(await codeOf(voteTipHelpful(db, tipId, reader))).toBe("already-voted");
    expect(await codeOf(voteTipHelpful(db, tipId, authorId))).toBe("own-tip");
    expect(await codeOf(voteTipHelpful(db, randomUUID(), reader))).toBe("not-found");

    const [first, second] = [await person(db), await person(db)];
    const together = await Promise.all([voteTipHelpful(db, tipId, first), voteTipHelpful(db, tipId, second)]);
    expect(together.sort()).toEqual([2, 3]);
    const twice = await Promise.all([
      codeOf(voteTipHelpful(db, tipId, reader)),
      codeOf(voteTipHelpful(db, tipId, reader)),
    ]);
    expect(twice).toEqual(["already-voted", "already-voted"]);
  });

  it("lists the most helpful first, then the best rated, then the newest, in one category", async () => {
    const { db } = database;
    const authorId = await person(db);
    const helpful = await postTip(
      db,
      authorId,
      tip({ category: "household", product: "helpful", rating: 3 }),
    );
    const olderFive = await postTip(
      db,
      authorId,
      tip({ category: "household", product: "older five", rating: 5 }),
    );
    const newerFive = await postTip(
      db,
      authorId,
      tip({ category: "household", product: "newer five", rating: 5 }),
    );
    const four = await postTip(db, authorId, tip({ category: "household", product: "four", rating: 4 }));
    await postTip(db, authorId, tip({ category: "books", product: "other category", rating: 5 }));
    await votes(helpful, 2);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await db.tip.update({ where: { id: olderFive }, data: { createdAt: anHourAgo } });

    const best = await listBestTips(db, "household", false);
    expect(best.map((view) => view.id)).toEqual([helpful, newerFive, olderFive, four]);
    expect(best[0]).toMatchObject({ helpful: 2, rating: 3, photo: undefined });
    expect(await listBestTips(db, "household", false, 2)).toHaveLength(2);
  });
});
