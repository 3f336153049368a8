import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CrossMessenger, startCrossMessenger } from "./cross-messenger-harness.js";
import { button, textOf } from "./fake-discord/messages.js";
import { type Person as DiscordPerson, slashCommand } from "./fake-discord/payloads.js";
import {
  answerTo,
  buttonData,
  isText,
  startsWith,
  Person as TelegramPerson,
} from "./fake-telegram/person.js";
import { t } from "./korean.js";

// One marketplace deal across messengers: the seller on (emulated) Telegram, the buyer on
// (faked) Discord, both front doors on one AppContext, and the notification worker delivering
// to each person on their own messenger.

let messengers: CrossMessenger;

beforeAll(async () => {
  messengers = await startCrossMessenger();
});

afterAll(async () => {
  await messengers?.stop();
});

describe("marketplace across messengers", () => {
  it("Telegram seller, Discord buyer: list → search → contact → relayed reply → sold → both rate", async () => {
    const { test, emulator, api, on, press, fillIn, dm } = messengers;
    const seller = new TelegramPerson(emulator.server, 8301, "수진", "ko", "sujin_tg");
    // No display name on Discord, only a username (the handle, private until the person agrees to
    // share it): the seller sees the neutral name core gives, "#" and the id's last four digits.
    const buyer: DiscordPerson = {
      id: "2100000000000000301",
      username: "taeo_dc",
      locale: "ko",
      where: "dm",
    };
    const buyerName = "#0301";
    const title = "원목 의자";

    await seller.command("/sell");
    await answerTo(seller, "ask-title", title);
    await answerTo(seller, "ask-description", "거의 새것, 흠집 없어요");
    await answerTo(seller, "ask-price", "1만5천");
    await seller.pressOn(isText("ask-category"), "가구", "category question");
    await seller.pressOn(isText("ask-condition"), "거의 새것", "condition question");
    await seller.pressOn(isText("ask-photos"), "완료", "photos question");
    await answerTo(seller, "ask-item-place", "37.4841, 126.9297 신림");
    await seller.pressOn(startsWith(title), "올리기", "preview card");
    await seller.receiveUntil(isText("sell-published", { title }), "published");

    const [results] = await on(
      slashCommand(buyer, "market", { keyword: "의자", place: "37.4850, 126.9310" }, "search"),
    );
    expect(textOf(results)).toContain("원목 의자 · 15,000원 · 약 500m");
    const [card] = await press(buyer, "1번 보기", results);
    expect(textOf(card)).toContain("판매자: 수진");
    const [question] = await press(buyer, "판매자에게 연락", card);
    expect(textOf(question)).toBe(t("ask-message"));
    // A typed answer on Discord goes through a modal, opened by the prompt's fill-in button.
    const [sent] = await fillIn(buyer, question, { message: "안녕하세요, 아직 있나요?" });
    expect(textOf(sent)).toBe(t("relay-sent"));

    const relayed = await seller.receive(startsWith(`💬 ${buyerName}`), "relayed question");
    expect(relayed?.text).toBe(
      t("notify-relay-message", { from: buyerName, topic: title, body: "안녕하세요, 아직 있나요?" }),
    );
    await seller.press(buttonData(relayed, "답장"));
    await answerTo(seller, "ask-message", "네, 내일 저녁에 신림역 어때요?");
    await seller.receiveUntil(isText("relay-sent"), "reply sent");
    const replyText = t("notify-relay-message", {
      from: "수진",
      topic: title,
      body: "네, 내일 저녁에 신림역 어때요?",
    });
    const reply = await dm(buyer, replyText, "relayed reply on Discord");
    // Both sides answer into the same conversation, so the Reply buttons carry the same action.
    expect(button(reply, "답장").custom_id).toBe(buttonData(relayed, "답장"));

    await seller.command("/mine");
    await seller.pressOn(startsWith("내가 올린 물건"), "1번 보기", "my items");
    await seller.pressOn(startsWith(title), "예약하기", "seller card");
    await seller.pressOn(isText("pick-reserve"), buyerName, "reserve picker");
    await seller.receiveUntil(isText("item-reserved", { title }), "reserved");
    await dm(buyer, t("notify-item-reserved", { title }), "reserved notice on Discord");

    await seller.pressOn(startsWith(title), "거래완료", "reserved card");
    await seller.pressOn(isText("pick-buyer"), buyerName, "buyer picker");
    await seller.receiveUntil(isText("item-sold", { title }), "sold");
    const soldNotice = await dm(buyer, t("notify-item-sold-to-you", { title }), "sold notice on Discord");

    const [score] = await press(buyer, "후기 남기기", soldNotice);
    expect(textOf(score)).toBe(t("ask-score"));
    const [tag] = await press(buyer, "★★★★★", score);
    const [comment] = await press(buyer, "설명과 같아요", tag);
    const [thanks] = await press(buyer, "건너뛰기", comment);
    expect(textOf(thanks)).toBe(t("rate-thanks"));

    await seller.pressOn(startsWith(title), "후기 남기기", "sold card");
    await seller.pressOn(isText("ask-score"), "★★★★", "score question");
    await seller.pressOn(isText("ask-tag"), "시간 약속을 잘 지켜요", "tag question");
    await answerTo(seller, "ask-comment", "감사합니다");
    await seller.receiveUntil(isText("rate-thanks"), "seller thanked");

    // Neither side learns the other's messenger username: only the names they chose travel.
    const toSeller = JSON.stringify(seller.received);
    const toBuyer = JSON.stringify(api.calls.map((call) => call.body));
    expect(toSeller).toContain(buyerName);
    expect(toSeller).not.toContain(buyer.username);
    expect(toBuyer).toContain("수진");
    expect(toBuyer).not.toContain("sujin_tg");

    const { db } = test.database;
    const item = await db.item.findFirstOrThrow({ where: { title } });
    expect(item.status).toBe("sold");
    const ratings = await db.rating.findMany({ where: { subjectId: item.id }, orderBy: { score: "desc" } });
    expect(ratings.map((rating) => [rating.score, rating.tags, rating.comment])).toEqual([
      [5, ["as_described"], null],
      [4, ["on_time"], "감사합니다"],
    ]);
    // Relayed words are forgotten once delivered, on either messenger.
    const relayRows = await db.notification.findMany({
      where: { messageKey: "notify-relay-message" },
      orderBy: { createdAt: "asc" },
    });
    expect(relayRows.map((row) => [row.deliveredTo, row.status, row.params])).toEqual([
      ["telegram", "sent", {}],
      ["discord", "sent", {}],
    ]);
  });
});
