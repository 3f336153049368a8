import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions } from "../../core/actions/table.js";
import { saveSearch } from "../../core/market/searches/mutations.js";
import { createTranslator } from "../../i18n/translator.js";
import { type FakeTelegram, startFakeTelegram } from "../../test/fake-telegram/server.js";
import { waitFor } from "../../test/wait.js";
import { createPerson, startTestWorkers } from "../test-harness.js";
import { daysAgo, HOME, listItem } from "./test-items.js";

const TOKEN = "123456:TEST-token";

let telegram: FakeTelegram;
let harness: Awaited<ReturnType<typeof startTestWorkers>>;

beforeAll(async () => {
  telegram = await startFakeTelegram();
  harness = await startTestWorkers({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot });
});

afterAll(async () => {
  await harness?.stop();
  await telegram?.close();
});

const item = (id: string) => harness.db.item.findUniqueOrThrow({ where: { id } });

describe("listing expiry", () => {
  it("reminds the seller once, two days ahead, with a button to relist", async () => {
    const seller = await createPerson(harness.db, {
      platform: "telegram",
      externalId: "3001",
      chatId: "3001",
      language: "ko",
    });
    const ending = await listItem(harness.db, seller, { title: "전자레인지", publishedAt: daysAgo(28) });
    const fresh = await listItem(harness.db, seller, { title: "행거", publishedAt: daysAgo(10) });

    // Two runs at once, as when a manual run meets the scheduled one.
    await Promise.all([harness.runMarketJob("expire-items", {}), harness.runMarketJob("expire-items", {})]);
    await waitFor("the reminder to arrive", () => telegram.callsTo("3001").length > 0);

    const text = createTranslator().translate("ko", "notify-item-expiring", { title: "전자레인지", days: 2 });
    expect(text).toContain("2일 뒤에 내려가요");
    const renew = actions.itemRenew({ itemId: ending });
    expect(telegram.callsTo("3001").map((call) => [call.text, call.replyMarkup])).toEqual([
      [text, { inline_keyboard: [[{ text: "다시 올리기", callback_data: renew }]] }],
    ]);
    expect((await item(ending)).expiryRemindedAt).not.toBeNull();
    expect((await item(fresh)).expiryRemindedAt).toBeNull();
    expect(await harness.db.notification.count({ where: { userId: seller } })).toBe(1);
  });

  it("takes items past their 30 days off the market, for the boards to update", async () => {
    const seller = await createPerson(harness.db, { platform: "web", externalId: "seller-4" });
    const ended = await listItem(harness.db, seller, { title: "책장", publishedAt: daysAgo(31) });
    const current = await listItem(harness.db, seller, { title: "의자", publishedAt: daysAgo(29) });
    const before = await item(ended);

    const ranAt = new Date();
    await harness.runMarketJob("expire-items", {});

    const after = await item(ended);
    expect(after).toMatchObject({ status: "expired", listed: false, version: before.version + 1 });
    expect(after.boardSyncDueAt?.getTime()).toBeGreaterThanOrEqual(ranAt.getTime());
    expect(after.expiryRemindedAt).toBeNull();
    expect(await item(current)).toMatchObject({ status: "available", listed: true });
  });
});

describe("search cleanup", () => {
  it("deletes plain searches older than a day and keeps alerts and recent searches", async () => {
    const userId = await createPerson(harness.db, { platform: "web", externalId: "searcher" });
    const search = () =>
      saveSearch(harness.db, userId, { playground: true, ...HOME, radiusM: 1000, keyword: "의자" });
    const [old, recent] = [await search(), await search()];
    const alert = await harness.db.marketSearch.create({
      data: { userId, alert: true, keyword: "의자", ...HOME, radiusM: 1000, cell: 0 },
    });
    await harness.db.marketSearch.updateMany({
      where: { id: { in: [old, alert.id] } },
      data: { createdAt: daysAgo(2) },
    });

    await harness.runMarketJob("clean-searches", {});

    const left = await harness.db.marketSearch.findMany({ where: { userId }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([recent, alert.id].sort());
  });
});
