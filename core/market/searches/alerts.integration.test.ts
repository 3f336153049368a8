import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/postgres.js";
import { actions } from "../../actions/table.js";
import { createDraft } from "../items/mutations.js";
import { MAX_ALERTS_PER_PERSON } from "../rules.js";
import type { AlertInput } from "../schema.js";
import { codeOf, gangnam, itemInput, listedItem, near, outboxOf, person, sillim } from "../test-seed.js";
import { createAlert, deleteAlert, matchAlerts } from "./mutations.js";
import { listAlerts } from "./queries.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

// Each test watches its own town, so one test's alerts never match another's items.
const busan = { lat: 35.1796, lng: 129.0756 };
const suwon = { lat: 37.2636, lng: 127.0286 };
const incheon = { lat: 37.4563, lng: 126.7052 };

const alert = (changes: Partial<AlertInput> = {}): AlertInput => ({
  keyword: "의자",
  ...sillim,
  radiusM: 3_000,
  ...changes,
});

async function subscriber(...alerts: AlertInput[]): Promise<string> {
  const userId = await person(database.db);
  for (const input of alerts) await createAlert(database.db, userId, input);
  return userId;
}

const matchesFor = (userId: string) => outboxOf(database.db, userId, "notify-alert-match");

describe("alerts", () => {
  it(`keeps at most ${MAX_ALERTS_PER_PERSON} per person`, async () => {
    const { db } = database;
    const userId = await person(db);
    const ids: string[] = [];
    for (let n = 0; n < MAX_ALERTS_PER_PERSON; n++)
      ids.push(await createAlert(db, userId, alert({ keyword: `k${n}`, ...busan })));
    expect(await codeOf(createAlert(db, userId, alert(busan)))).toBe("too-many-alerts");
    expect((await listAlerts(db, userId)).map((view) => view.keyword)).toEqual(
      Array.from({ length: MAX_ALERTS_PER_PERSON }, (_, n) => `k${n}`),
    );

    expect(await codeOf(deleteAlert(db, await person(db), ids[0] as string))).toBe("not-found");
    await deleteAlert(db, userId, ids[0] as string);
    expect(await codeOf(createAlert(db, userId, alert(busan)))).toBe(undefined);
  });

  it("holds however many are made at once", async () => {
    const userId = await person(database.db);
    const burst = Array.from({ length: MAX_ALERTS_PER_PERSON + 2 }, (_, n) =>
      codeOf(createAlert(database.db, userId, alert({ ...busan, keyword: `b${n}` }))),
    );
    const refusals = (await Promise.all(burst)).filter((code) => code !== undefined);
    expect(refusals).toEqual(["too-many-alerts", "too-many-alerts"]);
    expect(await listAlerts(database.db, userId)).toHaveLength(MAX_ALERTS_PER_PERSON);
  });

  it.each([
    ["an empty keyword", { keyword: " " }],
    ["a radius over 10 km", { radiusM: 10_001 }],
    ["a latitude of 91", { lat: 91 }],
    ["a negative price limit", { maxPrice: -1 }],
  ])("refuses %s", async (_, changes) => {
    const userId = await person(database.db);
    expect(await codeOf(createAlert(database.db, userId, alert(changes)))).toBe("invalid-input");
    expect(await listAlerts(database.db, userId)).toEqual([]);
  });
});

describe("matching a new item against alerts", () => {
  it("tells each matching person once, and nobody else", async () => {
    const { db } = database;
    const seller = await subscriber(alert());
    const twoAlerts = await subscriber(alert(), alert({ keyword: "원목", radiusM: 5_000 }));
    const fromGangnam = await subscriber(alert({ ...gangnam, radiusM: 10_000, maxPrice: 10_000 }));
    const tooFar = await subscriber(alert({ ...gangnam }));
    const tooCheap = await subscriber(alert({ maxPrice: 9_999 }));
    const otherWord = await subscriber(alert({ keyword: "책상" }));
    const initials = await subscriber(alert({ keyword: "ㅇㅁㅇㅈ" }));

    const itemId = await listedItem(db, seller, { title: "원목의자", price: 10_000, at: near(sillim, 500) });
    expect(await matchAlerts(db, itemId)).toBe(3);

    for (const userId of [twoAlerts, fromGangnam, initials]) {
      const [told, ...more] = await matchesFor(userId);
      expect(more).toEqual([]);
      expect(told).toMatchObject({ params: { title: "원목의자", price: 10_000 } });
      expect(told?.buttons).toEqual([
        [{ label: { key: "button-view-item" }, action: actions.item({ itemId }) }],
      ]);
    }
    for (const userId of [seller, tooFar, tooCheap, otherWord]) expect(await matchesFor(userId)).toEqual([]);
  });

  it("tells nobody twice, however often or concurrently it runs", async () => {
    const { db } = database;
    const watchers = [await subscriber(alert(suwon)), await subscriber(alert({ ...suwon, radiusM: 500 }))];
    const seller = await person(db);

    const first = await listedItem(db, seller, { at: near(suwon, 100) });
    expect(await matchAlerts(db, first)).toBe(2);
    expect(await matchAlerts(db, first)).toBe(0);

    const second = await listedItem(db, seller, { at: near(suwon, 200) });
    const counts = await Promise.all([
      matchAlerts(db, second),
      matchAlerts(db, second),
      matchAlerts(db, second),
    ]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(2);

    for (const userId of watchers) expect(await matchesFor(userId)).toHaveLength(2);
  });

  it("matches only items on the market", async () => {
    const { db } = database;
    const watcher = await subscriber(alert(incheon));
    const seller = await person(db);
    const draftId = await createDraft(db, seller, itemInput({ at: incheon }));
    expect(await matchAlerts(db, draftId)).toBe(0);
    expect(await matchesFor(watcher)).toEqual([]);
  });
});
