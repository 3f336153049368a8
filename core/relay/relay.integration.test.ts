import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { actions } from "../actions/table.js";
import { createDraft } from "../market/items/mutations.js";
import { codeOf, itemInput, listedItem, outboxOf, person } from "../market/test-seed.js";
import { contactSeller } from "../market/trades/mutations.js";
import { relayMessage, shareHandle } from "./mutations.js";
import { getConversationFor } from "./queries.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

/** A buyer who contacted a seller about an item. */
async function conversation() {
  const { db } = database;
  const sellerId = await person(db, "판매자", "seller_tg");
  const buyerId = await person(db, "구매자", "buyer_tg");
  const itemId = await listedItem(db, sellerId, { title: "전자레인지" });
  const conversationId = await contactSeller(db, itemId, buyerId);
  return { sellerId, buyerId, itemId, conversationId };
}

function send(conversationId: string, senderId: string, text: string, confirmed = false) {
  return relayMessage(database.db, { conversationId, senderId, text, confirmed });
}

describe("contacting a seller", () => {
  it("opens one conversation per buyer and item, however often they press contact", async () => {
    const { db } = database;
    const { sellerId, buyerId, itemId, conversationId } = await conversation();
    expect(await contactSeller(db, itemId, buyerId)).toBe(conversationId);
    expect(await getConversationFor(db, conversationId, sellerId)).toMatchObject({
      topic: "전자레인지",
      openerId: buyerId,
      subjectId: itemId,
    });

    const another = await person(db);
    const twice = await Promise.all([contactSeller(db, itemId, another), contactSeller(db, itemId, another)]);
    expect(twice[0]).toBe(twice[1]);
    expect(await db.conversation.count({ where: { subjectId: itemId } })).toBe(2);
  });

  it("refuses the seller's own item and items others cannot see", async () => {
    const { db } = database;
    const sellerId = await person(db);
    const itemId = await listedItem(db, sellerId);
    const draftId = await createDraft(db, sellerId, itemInput());
    expect(await codeOf(contactSeller(db, itemId, sellerId))).toBe("own-item");
    expect(await codeOf(contactSeller(db, draftId, await person(db)))).toBe("not-found");
  });
});

describe("relaying messages", () => {
  it("holds back contact details with a warning, and sends nothing", async () => {
    const { db } = database;
    const { sellerId, buyerId, conversationId } = await conversation();
    expect(await send(conversationId, buyerId, "010-1234-5678로 연락주세요")).toEqual({
      status: "warning",
      found: ["phone"],
    });
    expect(await outboxOf(db, sellerId)).toEqual([]);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).messageCount).toBe(0);
  });

  it("sends a confirmed message once to the other member, forgettable, with reply buttons", async () => {
    const { db } = database;
    const { sellerId, buyerId, conversationId } = await conversation();
    const text = "010-1234-5678로 연락주세요";
    expect(await send(conversationId, buyerId, text, true)).toEqual({ status: "sent", recipients: 1 });

    const [told, ...more] = await outboxOf(db, sellerId);
    expect(more).toEqual([]);
    expect(told).toMatchObject({
      messageKey: "notify-relay-message",
      ephemeral: true,
      params: { from: "구매자", topic: "전자레인지", body: text },
    });
    expect(told?.buttons).toEqual([
      [
        { label: { key: "button-reply" }, action: actions.relay({ conversationId }) },
        { label: { key: "button-share-handle" }, action: actions.relayShare({ conversationId }) },
      ],
    ]);
    expect(await outboxOf(db, buyerId)).toEqual([]);

    expect(await send(conversationId, sellerId, "네 좋아요")).toEqual({ status: "sent", recipients: 1 });
    expect((await outboxOf(db, buyerId)).map((row) => row.params)).toEqual([
      { from: "판매자", topic: "전자레인지", body: "네 좋아요" },
    ]);
  });

  it("refuses people outside the conversation, whatever they write", async () => {
    const { db } = database;
    const { sellerId, conversationId } = await conversation();
    const outsider = await person(db);
    expect(await codeOf(send(conversationId, outsider, "안녕하세요"))).toBe("not-in-conversation");
    expect(await codeOf(send(conversationId, outsider, "010-1234-5678"))).toBe("not-in-conversation");
    expect(await codeOf(getConversationFor(db, conversationId, outsider))).toBe("not-in-conversation");
    expect(await outboxOf(db, sellerId)).toEqual([]);
  });

  it("refuses empty and overlong messages", async () => {
    const { buyerId, conversationId } = await conversation();
    expect(await codeOf(send(conversationId, buyerId, "   "))).toBe("invalid-input");
    expect(await codeOf(send(conversationId, buyerId, "가".repeat(1_001)))).toBe("text-too-long");
  });
});

describe("sharing messenger handles", () => {
  it("shows handles only once both agreed, each the other's", async () => {
    const { db } = database;
    const { sellerId, buyerId, conversationId } = await conversation();
    const handlesFor = (userId: string) => outboxOf(db, userId, "notify-relay-handles");

    expect(await shareHandle(db, { conversationId, userId: buyerId })).toEqual({ everyoneAgreed: false });
    expect([...(await handlesFor(buyerId)), ...(await handlesFor(sellerId))]).toEqual([]);

    expect(await shareHandle(db, { conversationId, userId: sellerId })).toEqual({ everyoneAgreed: true });
    const [toBuyer] = await handlesFor(buyerId);
    const [toSeller] = await handlesFor(sellerId);
    expect(toBuyer).toMatchObject({ ephemeral: true, params: { handles: "판매자: telegram @seller_tg" } });
    expect(toSeller).toMatchObject({ ephemeral: true, params: { handles: "구매자: telegram @buyer_tg" } });

    // A second press changes nothing and tells nobody again.
    expect(await shareHandle(db, { conversationId, userId: sellerId })).toEqual({ everyoneAgreed: true });
    expect((await handlesFor(buyerId)).length + (await handlesFor(sellerId)).length).toBe(2);
  });

  it("shows them when both agree at the same moment", async () => {
    const { db } = database;
    for (let round = 0; round < 3; round++) {
      const { sellerId, buyerId, conversationId } = await conversation();
      await Promise.all([
        shareHandle(db, { conversationId, userId: buyerId }),
        shareHandle(db, { conversationId, userId: sellerId }),
      ]);
      expect(await outboxOf(db, buyerId, "notify-relay-handles")).toHaveLength(1);
      expect(await outboxOf(db, sellerId, "notify-relay-handles")).toHaveLength(1);
    }
  });

  it("refuses people outside the conversation", async () => {
    const { db } = database;
    const { conversationId } = await conversation();
    expect(await codeOf(shareHandle(db, { conversationId, userId: await person(db) }))).toBe(
      "not-in-conversation",
    );
  });
});
