import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { registerAccount } from "../identity/mutations.js";
import { postTip, voteTipHelpful } from "../tips/mutations.js";
import { listBestTips } from "../tips/queries.js";
import { getItemView, searchItems } from "./queries.js";
import { reportItem } from "./reports/mutations.js";
import { saveItem } from "./saves/mutations.js";
import { codeOf, listedItem, near, person } from "./test-seed.js";
import { contactSeller } from "./trades/mutations.js";

// Playground personas try the product beside real people but never meet them: neither side sees,
// contacts, saves, reports or votes on the other's things.

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

const town = { lat: 35.1796, lng: 129.0756 };

async function persona(name: string): Promise<string> {
  return (
    await registerAccount(database.db, { platform: "web", externalId: `persona-${name}`, displayName: name })
  ).userId;
}

describe("playground personas and real people", () => {
  it("never see or act on each other's items and tips", async () => {
    const { db } = database;
    const [real, visitor] = [await person(db, "진짜"), await persona("체험")];
    const realItem = await listedItem(db, real, { title: "진짜 의자", at: near(town, 100) });
    const personaItem = await listedItem(db, visitor, { title: "체험 의자", at: near(town, 200) });

    const titlesSeenBy = async (playground: boolean) =>
      (await searchItems(db, { playground, ...town, radiusM: 1000, keyword: "의자" })).items.map(
        (item) => item.title,
      );
    expect(await titlesSeenBy(false)).toEqual(["진짜 의자"]);
    expect(await titlesSeenBy(true)).toEqual(["체험 의자"]);

    expect(await codeOf(getItemView(db, personaItem, real))).toBe("not-found");
    expect(await codeOf(getItemView(db, realItem, visitor))).toBe("not-found");
    expect(await codeOf(contactSeller(db, realItem, visitor))).toBe("not-found");
    expect(await codeOf(saveItem(db, realItem, visitor))).toBe("not-found");
    expect(await codeOf(reportItem(db, realItem, visitor, "scam"))).toBe("not-found");
    expect(await codeOf(contactSeller(db, personaItem, real))).toBe("not-found");
    expect(await db.conversation.count()).toBe(0);

    const tip = await postTip(db, real, {
      product: "멀티탭",
      category: "household",
      rating: 5,
      body: "좋아요",
    });
    expect(await listBestTips(db, "household", true)).toEqual([]);
    expect(await codeOf(voteTipHelpful(db, tip, visitor))).toBe("not-found");
    expect((await listBestTips(db, "household", false)).map((view) => view.product)).toEqual(["멀티탭"]);
  });
});
