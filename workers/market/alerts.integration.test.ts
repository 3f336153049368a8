import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAlert } from "../../core/market/searches/mutations.js";
import { waitFor } from "../../test/wait.js";
import { alertsJobId, keyedJobOptions } from "../jobs.js";
import { createPerson, startTestWorkers } from "../test-harness.js";
import { scanPublishedItems } from "./alerts.js";
import { HOME, listItem } from "./test-items.js";

let harness: Awaited<ReturnType<typeof startTestWorkers>>;

beforeAll(async () => {
  harness = await startTestWorkers({});
  // A second set of workers on the same queues, as on a second machine.
  await harness.startAnotherWorker();
});

afterAll(async () => {
  await harness?.stop();
});

// Playground personas: their notifications are settled without a messenger.
const person = (name: string) =>
  createPerson(harness.db, { platform: "web", externalId: name, chatId: name });
const alert = (userId: string, keyword: string) =>
  createAlert(harness.db, userId, { keyword, ...HOME, radiusM: 2000 });

function scan() {
  return scanPublishedItems({
    db: harness.db,
    queue: harness.market,
    matchOptions: keyedJobOptions({ attempts: 1, firstRetryDelayMs: 50 }),
  });
}

async function matched(itemId: string) {
  const item = await harness.db.item.findUniqueOrThrow({ where: { id: itemId } });
  return item.alertsMatchedAt !== null;
}

async function alertNotifications() {
  const rows = await harness.db.notification.findMany({ where: { messageKey: "notify-alert-match" } });
  return rows.map((row) => ({ userId: row.userId, params: row.params }));
}

describe("alert matching", () => {
  it("tells each person whose alert matches once, however many scans and workers race", async () => {
    const seller = await person("seller");
    const twoAlerts = await person("two-alerts");
    const oneAlert = await person("one-alert");
    const otherAlert = await person("other-alert");
    await alert(twoAlerts, "자전거");
    await alert(twoAlerts, "접이식");
    await alert(oneAlert, "자전거");
    await alert(otherAlert, "냉장고");
    await alert(seller, "자전거");

    const itemId = await listItem(harness.db, seller, { title: "접이식 자전거 팝니다", price: 80_000 });
    // Two more scans racing the scheduled ones of both workers.
    await Promise.all([scan(), scan()]);
    await waitFor("the item to be matched", () => matched(itemId));

    const notifications = await alertNotifications();
    expect(notifications.map((row) => row.userId).sort()).toEqual([twoAlerts, oneAlert].sort());
    expect(notifications.find((row) => row.userId === oneAlert)?.params).toEqual({
      keyword: "자전거",
      title: "접이식 자전거 팝니다",
      price: 80_000,
    });
    expect(await harness.db.alertHit.count({ where: { itemId } })).toBe(2);
    // Matched items are no longer scanned; the one job ran and its id is kept.
    expect(await scan()).toBe(0);
    expect(await harness.market.getJobState(alertsJobId(itemId))).toBe("completed");
  });

  it("sends one notification when several jobs for one item run at once", async () => {
    const seller = await person("seller-2");
    const watcher = await person("watcher-2");
    await alert(watcher, "책상");
    const itemId = await listItem(harness.db, seller, { title: "원목 책상" });

    // Jobs under ids of their own (as once a kept id has expired) race the scanned one on two workers.
    await Promise.all(
      ["again-1", "again-2", "again-3"].map((jobId) =>
        harness.runMarketJob("match-alerts", { itemId }, { jobId }),
      ),
    );
    const forWatcher = (await alertNotifications()).filter((row) => row.userId === watcher);
    expect(forWatcher).toHaveLength(1);
  });
});
