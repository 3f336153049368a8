import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerTo, buttonData, isText, Person, startsWith } from "../../test/fake-telegram/person.js";
import { t } from "../../test/korean.js";
import { type EndToEnd, startEndToEnd } from "../../test/telegram-end-to-end.js";

// The marketplace end to end over real HTTP: two people on the emulated Telegram, the bot polling
// it, and the notification worker delivering relayed messages through the same emulator.

let e2e: EndToEnd;

beforeAll(async () => {
  e2e = await startEndToEnd();
});

afterAll(async () => {
  await e2e?.stop();
});

describe("marketplace on Telegram", () => {
  it("sell → search → contact → relayed reply → reserve → sold → both rate", async () => {
    const seller = new Person(e2e.emulator.server, 8101, "수진", "ko");
    const buyer = new Person(e2e.emulator.server, 8102, "태오", "ko");

    await seller.command("/sell");
    await answerTo(seller, "ask-title", "원목 의자");
    await answerTo(seller, "ask-description", "거의 새것, 흠집 없어요");
    await answerTo(seller, "ask-price", "1만5천");
    await seller.pressOn(isText("ask-category"), "가구", "category question");
    await seller.pressOn(isText("ask-condition"), "거의 새것", "condition question");
    await seller.pressOn(isText("ask-photos"), "완료", "photos question");
    await answerTo(seller, "ask-item-place", "37.4841, 126.9297 신림");
    const preview = await seller.receiveUntil(startsWith("원목 의자"), "preview card");
    expect(preview.at(-1)?.text).toContain("15,000원");
    await seller.press(buttonData(preview.at(-1), "올리기"));
    await seller.receiveUntil(isText("sell-published", { title: "원목 의자" }), "published");

    // The buyer has no home area yet, so the search asks where; 'ㅇㅁ' finds 원목 by its initial consonants.
    await buyer.command("/market ㅇㅁ 의자");
    await buyer.receiveUntil(isText("telegram-buttons-below"), "search place question");
    await buyer.say("37.4850, 126.9310");
    // The answer closes the share-location keyboard, so its buttons come in a second message.
    const [results, buttonsBelow] = await buyer.receiveUntil(isText("telegram-buttons-below"), "results");
    expect(results?.text).toContain("원목 의자 · 15,000원 · 약 500m");
    await buyer.press(buttonData(buttonsBelow, "1번 보기"));
    const card = await buyer.receive(startsWith("원목 의자"), "item card");
    expect(card?.text).toContain("판매자: 수진");
    expect(card?.text).not.toContain("37.4841");
    await buyer.press(buttonData(card, "판매자에게 연락"));
    await answerTo(buyer, "ask-message", "안녕하세요, 아직 있나요?");
    await buyer.receiveUntil(isText("relay-sent"), "relay sent");

    const relayed = await seller.receive(startsWith("💬 태오"), "relayed question");
    expect(relayed?.text).toBe(
      t("notify-relay-message", { from: "태오", topic: "원목 의자", body: "안녕하세요, 아직 있나요?" }),
    );
    await seller.press(buttonData(relayed, "답장"));
    await answerTo(seller, "ask-message", "네, 내일 저녁에 신림역 어때요?");
    await seller.receiveUntil(isText("relay-sent"), "reply sent");
    const reply = await buyer.receive(startsWith("💬 수진"), "relayed reply");
    expect(reply?.text).toContain("내일 저녁에 신림역");

    await seller.command("/mine");
    const mine = await seller.receive(startsWith("내가 올린 물건"), "my items");
    await seller.press(buttonData(mine, "1번 보기"));
    await seller.pressOn(startsWith("원목 의자"), "예약하기", "seller card");
    await seller.pressOn(isText("pick-reserve"), "태오", "reserve picker");
    await seller.receiveUntil(isText("item-reserved", { title: "원목 의자" }), "reserved");
    await buyer.receiveUntil(isText("notify-item-reserved", { title: "원목 의자" }), "reserved notice");

    await seller.pressOn(startsWith("원목 의자"), "거래완료", "reserved card");
    await seller.pressOn(isText("pick-buyer"), "태오", "buyer picker");
    await seller.receiveUntil(isText("item-sold", { title: "원목 의자" }), "sold");
    await buyer.pressOn(
      isText("notify-item-sold-to-you", { title: "원목 의자" }),
      "후기 남기기",
      "sold notice",
    );

    await buyer.pressOn(isText("ask-score"), "★★★★★", "score question");
    await buyer.pressOn(isText("ask-tag"), "설명과 같아요", "tag question");
    await buyer.pressOn(isText("ask-comment"), "건너뛰기", "comment question");
    await buyer.receiveUntil(isText("rate-thanks"), "buyer thanked");

    await seller.pressOn(startsWith("원목 의자"), "후기 남기기", "sold card");
    await seller.pressOn(isText("ask-score"), "★★★★", "score question");
    await seller.pressOn(isText("ask-tag"), "시간 약속을 잘 지켜요", "tag question");
    await answerTo(seller, "ask-comment", "감사합니다");
    await seller.receiveUntil(isText("rate-thanks"), "seller thanked");

    const { db } = e2e.test.database;
    const item = await db.item.findFirstOrThrow({ where: { title: "원목 의자" } });
    expect(item.status).toBe("sold");
    const ratings = await db.rating.findMany({ where: { subjectId: item.id }, orderBy: { score: "desc" } });
    expect(ratings.map((rating) => [rating.score, rating.tags, rating.comment])).toEqual([
      [5, ["as_described"], null],
      [4, ["on_time"], "감사합니다"],
    ]);
    // Relayed words are forgotten once delivered.
    const relayRows = await db.notification.findMany({ where: { messageKey: "notify-relay-message" } });
    expect(relayRows).toHaveLength(2);
    expect(relayRows.map((row) => [row.status, row.params])).toEqual([
      ["sent", {}],
      ["sent", {}],
    ]);
  });
});
