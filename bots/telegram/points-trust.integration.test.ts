import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listedItem } from "../../core/market/test-seed.js";
import { contactSeller } from "../../core/market/trades/mutations.js";
import { answerTo, buttonData, isText, Person, startsWith } from "../../test/fake-telegram/person.js";
import { type EndToEnd, registered, startEndToEnd } from "../../test/telegram-end-to-end.js";
import { waitFor } from "../../test/wait.js";

// Points and trust end to end over real HTTP: a trade is sold and rated on the emulated Telegram,
// the real points worker pays both sides and the trust worker warms both up, and /points and
// /trust show it, in Korean and in English.

let e2e: EndToEnd;

beforeAll(async () => {
  e2e = await startEndToEnd({ tuning: { pointsScanMs: 200, trust: { scanMs: 200 } } });
});

afterAll(async () => {
  await e2e?.stop();
});

/** A person who wrote to the bot once and proved an address, as /verify leaves them. */
async function verifiedPerson(id: number, name: string, language: "ko" | "en") {
  const person = new Person(e2e.emulator.server, id, name, language);
  const profile = await registered(e2e.test.database.db, person);
  await e2e.test.database.db.user.update({ where: { id: profile.userId }, data: { verifiedAt: new Date() } });
  return { person, userId: profile.userId };
}

describe("points and trust on Telegram", () => {
  it("a trade sold and rated by both → both earn 10 → /points and /trust show it", async () => {
    const { db } = e2e.test.database;
    const seller = await verifiedPerson(8401, "민지", "ko");
    const buyer = await verifiedPerson(8402, "Alex", "en");
    const itemId = await listedItem(db, seller.userId, { title: "원목 책상" });
    await contactSeller(db, itemId, buyer.userId);

    await seller.person.command("/mine");
    const mine = await seller.person.receive(startsWith("내가 올린 물건"), "my items");
    await seller.person.press(buttonData(mine, "1번 보기"));
    await seller.person.pressOn(startsWith("원목 책상"), "거래완료", "seller card");
    await seller.person.pressOn(isText("pick-buyer"), "Alex", "buyer picker");
    await seller.person.receiveUntil(isText("item-sold", { title: "원목 책상" }), "sold");

    await buyer.person.pressOn(startsWith("Your trade for"), "Rate", "sold notice");
    await buyer.person.pressOn(startsWith("How was the trade?"), "★★★★★", "score question");
    await buyer.person.pressOn(startsWith("Pick one thing"), "As described", "tag question");
    await buyer.person.pressOn(startsWith("Add a comment"), "Skip", "comment question");
    await buyer.person.receiveUntil(startsWith("Thanks for rating"), "buyer thanked");

    await seller.person.pressOn(startsWith("원목 책상"), "후기 남기기", "sold card");
    await seller.person.pressOn(isText("ask-score"), "★★★★★", "score question");
    await seller.person.pressOn(isText("ask-tag"), "시간 약속을 잘 지켜요", "tag question");
    await answerTo(seller.person, "ask-comment", "감사합니다");
    await seller.person.receiveUntil(isText("rate-thanks"), "seller thanked");

    await waitFor(
      "both paid",
      async () => (await db.pointEntry.count({ where: { kind: "trade_completed" } })) === 2,
    );
    await seller.person.command("/points");
    const sellers = await seller.person.receive(startsWith("🪙 내 포인트"), "seller's points");
    expect(sellers?.text).toContain("🪙 내 포인트: 10점");
    expect(sellers?.text).toContain("거래 완료 +10");
    expect(sellers?.text).toContain("🤝 첫 거래");
    await buyer.person.command("/points");
    const buyers = await buyer.person.receive(startsWith("🪙 My points"), "buyer's points");
    expect(buyers?.text).toContain("🪙 My points: 10");
    expect(buyers?.text).toContain("Trade completed +10");

    // ★5 received (+0.5°) and a verified address (+0.2°) on 36.5°: "why 37.2°?"
    await waitFor("both scores computed", async () => {
      const scores = await db.trustScore.findMany({
        where: { userId: { in: [seller.userId, buyer.userId] } },
      });
      return scores.length === 2 && scores.every((score) => score.computedVersion === score.version);
    });
    await seller.person.command("/trust");
    const sellerTrust = await seller.person.receive(startsWith("내 혼족 신뢰 온도"), "seller's trust");
    expect(sellerTrust?.text).toContain("신뢰 온도는 37.2°예요");
    expect(sellerTrust?.text).toContain("★ 후기 1개 +0.5°");
    expect(sellerTrust?.text).not.toContain("Alex");
    await buyer.person.command("/trust");
    const buyerTrust = await buyer.person.receive(startsWith("My honjok trust"), "buyer's trust");
    expect(buyerTrust?.text).toContain("temperature is 37.2°");
    expect(buyerTrust?.text).toContain("★ 1 rating +0.5°");
  });
});
