import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeStartPayload } from "../../core/actions/start-payload.js";
import { actions } from "../../core/actions/table.js";
import { setBoard } from "../../core/boards/mutations.js";
import { reportItem } from "../../core/market/reports/mutations.js";
import { listedItem, near } from "../../core/market/test-seed.js";
import { contactSeller, markSold, reserveItem } from "../../core/market/trades/mutations.js";
import { createTranslator } from "../../i18n/translator.js";
import { startFakeDiscord } from "../../test/fake-discord/server.js";
import { testBotInfo } from "../../test/fake-telegram/answers.js";
import { type FakeTelegram, startFakeTelegram } from "../../test/fake-telegram/server.js";
import { waitFor } from "../../test/wait.js";
import { keyedJobOptions } from "../jobs.js";
import { createPerson, startTestWorkers } from "../test-harness.js";
import { scanBoardSync } from "./boards.js";
import { HOME, listItem } from "./test-items.js";

const GROUP = "-1009000000001";
const CHANNEL = "9000000000000000001";

let telegram: FakeTelegram;
let discord: Awaited<ReturnType<typeof startFakeDiscord>>;
let harness: Awaited<ReturnType<typeof startTestWorkers>>;

beforeAll(async () => {
  [telegram, discord] = await Promise.all([startFakeTelegram(), startFakeDiscord()]);
  harness = await startTestWorkers({
    TELEGRAM_BOT_TOKEN: "123456:TEST-token",
    TELEGRAM_API_ROOT: telegram.apiRoot,
    DISCORD_TOKEN: "discord-test-token-0123456789",
    DISCORD_APPLICATION_ID: "123456789012",
    DISCORD_API_ROOT: discord.apiRoot,
  });
  // A second set of workers on the same queues, as on a second machine.
  await harness.startAnotherWorker();
  const admin = await createPerson(harness.db, { platform: "telegram", externalId: "7000", chatId: "7000" });
  const settings = { place: { ...HOME, precision: 0 }, radiusM: 3000, language: "ko" as const };
  await setBoard(
    harness.db,
    admin,
    { platform: "telegram", id: GROUP, kind: "group", canManage: true },
    settings,
  );
  await setBoard(
    harness.db,
    admin,
    { platform: "discord", id: CHANNEL, kind: "group", canManage: true },
    settings,
  );
});

afterAll(async () => {
  await harness?.stop();
  await Promise.all([telegram?.close(), discord?.close()]);
});

const scan = () =>
  scanBoardSync({
    db: harness.db,
    queue: harness.queue,
    syncOptions: keyedJobOptions({ attempts: 1, firstRetryDelayMs: 50 }),
  });
const person = (externalId: string) =>
  createPerson(harness.db, { platform: "telegram", externalId, chatId: externalId, language: "ko" });
const cardsAbout = (title: string) => telegram.callsTo(GROUP).filter((call) => call.text.includes(title));
const discordCardsAbout = (title: string) =>
  discord.calls.filter(
    (call) =>
      call.path.startsWith(`/api/v10/channels/${CHANNEL}/`) && JSON.stringify(call.body).includes(title),
  );
async function discordMessageId(itemId: string) {
  const post = await harness.db.boardPost.findFirstOrThrow({
    where: { itemId, board: { platform: "discord" } },
  });
  return post.messageId;
}
async function synced(itemId: string) {
  const item = await harness.db.item.findUniqueOrThrow({ where: { id: itemId } });
  return item.boardSyncDueAt === null;
}

describe("board cards", () => {
  it("posts a new item once however many scans, jobs and workers race, then edits that card", async () => {
    const sellerId = await person("7001");
    const buyerId = await person("7002");
    const itemId = await listItem(harness.db, sellerId, { title: "원목 책상", price: 30_000 });
    // Jobs under ids of their own (as once a kept id has expired) race the scanned ones on two workers.
    await Promise.all([
      scan(),
      scan(),
      ...["again-1", "again-2"].map((jobId) => harness.queue.add("sync-board-cards", { itemId }, { jobId })),
    ]);
    await waitFor("the cards to be posted", () => synced(itemId));

    const [posted, ...more] = cardsAbout("원목 책상");
    expect(more).toEqual([]);
    expect(posted).toMatchObject({ method: "sendMessage", status: 200 });
    expect(posted?.text).toContain("판매중");
    expect(posted?.text).not.toContain(String(HOME.lat));
    const start = encodeStartPayload(actions.item({ itemId }));
    expect(posted?.replyMarkup).toEqual({
      inline_keyboard: [[{ text: "물건 보기", url: `https://t.me/${testBotInfo.username}?start=${start}` }]],
    });
    const [discordPost, ...moreOnDiscord] = discordCardsAbout("원목 책상");
    expect(moreOnDiscord).toEqual([]);
    expect(discordPost?.method).toBe("POST");

    await contactSeller(harness.db, itemId, buyerId);
    await reserveItem(harness.db, itemId, sellerId, buyerId);
    await waitFor("the card to show the reservation", () => cardsAbout("예약중").length > 0);
    await markSold(harness.db, itemId, sellerId, buyerId);
    await waitFor("the card to show the sale", () => cardsAbout("거래완료").length > 0);
    await waitFor("the cards to be up to date", () => synced(itemId));

    const edits = cardsAbout("원목 책상").slice(1);
    expect(edits.map((call) => [call.method, call.messageId])).toEqual([
      ["editMessageText", posted?.messageId],
      ["editMessageText", posted?.messageId],
    ]);
    expect(edits.map((call) => call.text.split("\n")[1]?.split(" · ")[0])).toEqual(["예약중", "거래완료"]);
    const discordEdits = discordCardsAbout("원목 책상").slice(1);
    expect(discordEdits.map((call) => call.method)).toEqual(["PATCH", "PATCH"]);
    expect(discordEdits[1]?.path).toBe(
      `/api/v10/channels/${CHANNEL}/messages/${await discordMessageId(itemId)}`,
    );
    expect(JSON.stringify(discordEdits[1]?.body)).toContain("거래완료");
  });

  it("replaces the card of an item hidden after reports with a notice, without its words or buttons", async () => {
    const sellerId = await person("7004");
    const itemId = await listItem(harness.db, sellerId, { title: "수상한 상품권" });
    await waitFor("the card to be posted", () => synced(itemId));
    for (const reporter of ["7005", "7006", "7007"]) {
      await reportItem(harness.db, itemId, await person(reporter), "scam");
    }
    const notice = createTranslator().translate("ko", "board-card-hidden");
    const [posted] = cardsAbout("수상한 상품권");
    const [edit] = await waitFor("the card to be replaced", () => {
      const edits = telegram
        .callsTo(GROUP)
        .filter((call) => call.messageId === posted?.messageId && call.text === notice);
      return edits.length > 0 && edits;
    });
    expect(edit).toMatchObject({ method: "editMessageText", replyMarkup: undefined });
  });

  it("never posts an item outside every board's circle, nor a playground persona's", async () => {
    const sellerId = await person("7003");
    const far = await listedItem(harness.db, sellerId, { title: "먼 곳 냉장고", at: near(HOME, 5000) });
    const persona = await createPerson(harness.db, { platform: "web", externalId: "board-persona" });
    const playground = await listItem(harness.db, persona, { title: "체험장 선풍기" });
    await waitFor("both items to be settled", async () => (await synced(far)) && synced(playground));

    expect(cardsAbout("냉장고")).toEqual([]);
    expect(cardsAbout("선풍기")).toEqual([]);
    expect(discordCardsAbout("냉장고")).toEqual([]);
    expect(discordCardsAbout("선풍기")).toEqual([]);
    expect(await harness.db.boardPost.count({ where: { itemId: { in: [far, playground] } } })).toBe(0);
  });
});
