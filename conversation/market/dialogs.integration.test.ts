import { describe, expect, it } from "vitest";
import { actions } from "../../core/actions/table.js";
import { createDraft, publishItem } from "../../core/market/items/mutations.js";
import type { PhotoFacts } from "../../core/photo.js";
import type { Input } from "../dispatcher.js";
import {
  buttonData,
  dispatcherForTests,
  type Identity,
  type Outcome,
  privateChatPerson,
} from "../test-dispatcher.js";

// The marketplace's dialogs through the real dispatcher: photos one by one, place names, prices
// as people type them, the "send anyway?" question after a warning, and a review's photo refused
// with its reason in Korean and in English.

const test = dispatcherForTests();

const keys = (outcome: Outcome) => outcome.replies.map((reply) => reply.text.key);

const photo = (n: number): Input => ({ kind: "photo", photo: { platform: "telegram", ref: `file-${n}` } });
/** A photo with the facts its front door read of it. */
const sentPhoto = (ref: string, facts: PhotoFacts): Input => ({
  kind: "photo",
  photo: { platform: "telegram", ref },
  facts,
});

/** Answers /sell up to the photos question. */
async function sellUpToPhotos(who: Identity) {
  await test().dispatcher.handle(who, { kind: "command", name: "sell" });
  await test().dispatcher.handle(who, { kind: "text", text: "전자레인지" });
  await test().dispatcher.handle(who, { kind: "text", text: "잘 돌아가요" });
  const price = await test().dispatcher.handle(who, { kind: "text", text: "3만" });
  const category = await test().dispatcher.handle(who, {
    kind: "button",
    data: buttonData(price, "category-appliances"),
  });
  return test().dispatcher.handle(who, { kind: "button", data: buttonData(category, "condition-good") });
}

describe("/sell", () => {
  it("collects photos one by one, refuses a sixth, and keeps them after Done", async () => {
    const seller: Identity = { platform: "telegram", externalId: "3001", chatId: "3001" };
    const askPhotos = await sellUpToPhotos(seller);
    expect(keys(askPhotos)).toEqual(["ask-photos"]);
    const oversized: Input = {
      kind: "photo",
      photo: { platform: "discord", ref: `https://cdn/${"x".repeat(2000)}` },
    };
    expect(keys(await test().dispatcher.handle(seller, oversized))).toEqual([
      "error-invalid-field",
      "ask-photos",
    ]);
    for (const n of [1, 2, 3, 4, 5]) {
      const received = await test().dispatcher.handle(seller, photo(n));
      expect(received.replies[0]?.text).toEqual({ key: "photo-received", params: { count: n, max: 5 } });
    }
    const sixth = await test().dispatcher.handle(seller, photo(6));
    expect(keys(sixth)).toEqual(["error-too-many-photos", "ask-photos"]);

    const done = await test().dispatcher.handle(seller, {
      kind: "button",
      data: buttonData(sixth, "button-done"),
    });
    expect(keys(done)).toEqual(["ask-item-place"]);
    const preview = await test().dispatcher.handle(seller, { kind: "text", text: "마포구" });
    expect(keys(preview)).toEqual(["sell-preview", "item-card"]);
    expect(preview.replies[1]?.image).toEqual({ platform: "telegram", ref: "file-1" });

    const item = await test().database.db.item.findFirstOrThrow({
      where: { sellerId: preview.profile.userId },
      include: { photos: true },
    });
    expect(item).toMatchObject({ status: "draft", price: 30_000, placeLabel: "마포구" });
    expect(item.photos.map((p) => p.ref).sort()).toEqual(["file-1", "file-2", "file-3", "file-4", "file-5"]);
  });

  it("refuses a photo it cannot use with the reason (type, size, transparency), keeping none of them", async () => {
    const seller: Identity = { platform: "telegram", externalId: "3010", chatId: "3010" };
    await sellUpToPhotos(seller);
    const sent = (facts: PhotoFacts) => sentPhoto("file-1", facts);
    const heic = await test().dispatcher.handle(seller, sent({ type: "image/heic", bytes: 2_000_000 }));
    expect(heic.replies[0]?.text).toEqual({ key: "error-photo-type", params: { type: "HEIC" } });
    expect(keys(heic)).toEqual(["error-photo-type", "ask-photos"]);
    const huge = await test().dispatcher.handle(seller, sent({ type: "image/png", bytes: 30 * 1024 * 1024 }));
    expect(huge.replies[0]?.text).toEqual({
      key: "error-photo-too-large",
      params: { size: "30MB", max: "10MB" },
    });
    const clear = await test().dispatcher.handle(
      seller,
      sent({ type: "image/png", bytes: 5000, opaque: false }),
    );
    expect(keys(clear)).toEqual(["error-photo-transparent", "ask-photos"]);
    const fine = await test().dispatcher.handle(
      seller,
      sent({ type: "image/png", bytes: 5000, opaque: true }),
    );
    expect(fine.replies[0]?.text).toEqual({ key: "photo-received", params: { count: 1, max: 5 } });
  });

  it("explains a price it cannot read or that is absurd, and asks again", async () => {
    const seller: Identity = { platform: "telegram", externalId: "3002", chatId: "3002" };
    await test().dispatcher.handle(seller, { kind: "command", name: "sell" });
    await test().dispatcher.handle(seller, { kind: "text", text: "책상" });
    await test().dispatcher.handle(seller, { kind: "text", text: "튼튼해요" });
    expect(keys(await test().dispatcher.handle(seller, { kind: "text", text: "비쌈" }))).toEqual([
      "error-price-unreadable",
      "ask-price",
    ]);
    expect(keys(await test().dispatcher.handle(seller, { kind: "text", text: "-5000" }))).toEqual([
      "error-price-negative",
      "ask-price",
    ]);
    expect(keys(await test().dispatcher.handle(seller, { kind: "text", text: "200000000" }))).toEqual([
      "error-price-too-high",
      "ask-price",
    ]);
    expect(keys(await test().dispatcher.handle(seller, { kind: "text", text: "나눔" }))).toEqual([
      "ask-category",
    ]);
  });

  it("suggests close place names for one it does not know", async () => {
    const seller: Identity = { platform: "telegram", externalId: "3003", chatId: "3003" };
    await sellUpToPhotos(seller);
    await test().dispatcher.handle(seller, { kind: "button", data: "s|photos" });
    const unknown = await test().dispatcher.handle(seller, { kind: "text", text: "마포꾸" });
    expect(keys(unknown)).toEqual(["error-place-unknown", "ask-item-place"]);
    expect(String(unknown.replies[0]?.text.params?.suggestions)).toContain("마포구");
    expect(await test().database.db.item.count({ where: { sellerId: unknown.profile.userId } })).toBe(0);
  });

  it("answers forged item ids on buttons as stale buttons", async () => {
    const who: Identity = { platform: "telegram", externalId: "3004", chatId: "3004" };
    const forged = await test().dispatcher.handle(who, {
      kind: "button",
      data: "c|item_publish|i=not-a-short-id",
    });
    expect(keys(forged)).toEqual(["stale-button"]);
  });
});

describe("contacting a seller", () => {
  it("warns about a phone number and relays only after the buyer confirms", async () => {
    const seller: Identity = {
      platform: "telegram",
      externalId: "3010",
      chatId: "3010",
      displayName: "판매자",
    };
    await sellUpToPhotos(seller);
    await test().dispatcher.handle(seller, { kind: "button", data: "s|photos" });
    const preview = await test().dispatcher.handle(seller, { kind: "text", text: "37.5563, 126.9220 망원" });
    await test().dispatcher.handle(seller, { kind: "button", data: buttonData(preview, "button-publish") });

    const buyer: Identity = {
      platform: "discord",
      externalId: "3011",
      chatId: "3011",
      displayName: "구매자",
    };
    const item = await test().database.db.item.findFirstOrThrow({
      where: { sellerId: preview.profile.userId },
    });
    const card = await test().dispatcher.handle(buyer, {
      kind: "button",
      data: actions.item({ itemId: item.id }),
    });
    const saved = await test().dispatcher.handle(buyer, {
      kind: "button",
      data: buttonData(card, "button-save"),
    });
    expect(keys(saved)).toEqual(["item-saved"]);
    expect(await test().database.db.itemSave.count({ where: { itemId: item.id } })).toBe(1);
    const unsaved = await test().dispatcher.handle(buyer, {
      kind: "button",
      data: buttonData(saved, "button-unsave"),
    });
    expect(keys(unsaved)).toEqual(["item-unsaved"]);
    expect(await test().database.db.itemSave.count({ where: { itemId: item.id } })).toBe(0);

    const asked = await test().dispatcher.handle(buyer, {
      kind: "button",
      data: buttonData(card, "button-contact"),
    });
    expect(keys(asked)).toEqual(["ask-message"]);
    const warned = await test().dispatcher.handle(buyer, {
      kind: "text",
      text: "010-1234-5678 로 연락 주세요",
    });
    expect(keys(warned)).toEqual(["relay-warning", "ask-confirm"]);
    expect(
      await test().database.db.notification.count({ where: { messageKey: "notify-relay-message" } }),
    ).toBe(0);

    const sent = await test().dispatcher.handle(buyer, {
      kind: "button",
      data: buttonData(warned, "confirm-yes"),
    });
    expect(keys(sent)).toEqual(["relay-sent"]);
    const relayed = await test().database.db.notification.findFirstOrThrow({
      where: { messageKey: "notify-relay-message" },
    });
    expect(relayed).toMatchObject({ userId: preview.profile.userId, ephemeral: true });
    expect(relayed.params).toMatchObject({ from: "구매자", body: "010-1234-5678 로 연락 주세요" });
  });
});

describe("/market", () => {
  it("reads category and price filters typed among the words", async () => {
    const seller: Identity = { platform: "telegram", externalId: "3020", chatId: "3020" };
    const sellerId = (await test().dispatcher.handle(seller, { kind: "command", name: "help" })).profile
      .userId;
    const place = { lat: 35.8714, lng: 128.6014, precision: 0 };
    const list = async (title: string, price: number, category: "furniture" | "kitchen") => {
      const id = await createDraft(test().database.db, sellerId, {
        title,
        description: "",
        price,
        category,
        condition: "good",
        photos: [],
        place,
      });
      await publishItem(test().database.db, id, sellerId);
    };
    await list("원목 의자", 20_000, "furniture");
    await list("사무용 의자", 80_000, "furniture");
    await list("의자 모양 컵", 5_000, "kitchen");

    const buyer: Identity = { platform: "telegram", externalId: "3021", chatId: "3021" };
    await test().dispatcher.handle(buyer, { kind: "command", name: "market", text: "의자 가구 3만이하" });
    const results = await test().dispatcher.handle(buyer, { kind: "text", text: "35.8720, 128.6020" });
    const lines = results.replies[0]?.text.params?.lines as unknown as { params: { title: string } }[];
    expect(lines.map((line) => line.params.title)).toEqual(["원목 의자"]);
  });
});

const wordDocument = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const refusals = {
  ko: {
    named: /^DOCX 파일은 사진으로 올릴 수 없어요\. JPEG, PNG, WebP 사진을 보내 주세요/,
    unnamed: /^이 파일은 사진으로 올릴 수 없어요\. JPEG, PNG, WebP 사진을 보내 주세요/,
    transparent: /^배경이 투명한 사진은 목록에서 검거나 하얗게 보여요\. 배경이 있는 사진을 보내 주세요/,
  },
  en: {
    named: /^This DOCX file can't be used as a photo\. Please send a JPEG, PNG or WebP picture/,
    unnamed: /^This file can't be used as a photo\. Please send a JPEG, PNG or WebP picture/,
    transparent: /^A photo with a transparent background shows black or white on listings\. Please send one/,
  },
};

describe.each([
  ["ko", "7101"],
  ["en", "7102"],
] as const)("a review's photo, in %s", (language, externalId) => {
  it("refuses a file that is no usable picture with the reason and takes the next good one", async () => {
    const send = privateChatPerson(test().dispatcher, externalId, language);
    await send({ kind: "command", name: "tip" });
    const category = await send({ kind: "text", text: "다이소 수납함" });
    const rating = await send({ kind: "button", data: buttonData(category.outcome, "category-household") });
    await send({ kind: "button", data: buttonData(rating.outcome, "score-4") });
    expect((await send({ kind: "text", text: "좁은 방에 딱이에요" })).keys).toEqual(["ask-tip-photo"]);

    const expected = refusals[language];
    const document = await send(sentPhoto("tip-doc", { type: wordDocument, bytes: 40_000 }));
    expect(document.keys).toEqual(["error-photo-type", "ask-tip-photo"]);
    expect(document.texts[0]).toMatch(expected.named);
    const unheardOf = await send(
      sentPhoto("tip-odd", { type: "application/x-honjok-unheard-of", bytes: 900 }),
    );
    expect(unheardOf.keys).toEqual(["error-photo-type-unnamed", "ask-tip-photo"]);
    expect(unheardOf.texts[0]).toMatch(expected.unnamed);
    const clear = await send(sentPhoto("tip-clear", { type: "image/png", bytes: 80_000, opaque: false }));
    expect(clear.keys).toEqual(["error-photo-transparent", "ask-tip-photo"]);
    expect(clear.texts[0]).toMatch(expected.transparent);

    const good = await send(sentPhoto("tip-good", { type: "image/jpeg", bytes: 300_000, opaque: true }));
    expect(good.outcome.replies[0]?.text).toEqual({ key: "photo-received", params: { count: 1, max: 1 } });
    const posted = await send({ kind: "button", data: buttonData(good.outcome, "button-done") });
    expect(posted.keys).toEqual(["tip-posted"]);
    const tip = await test().database.db.tip.findFirstOrThrow({
      where: { authorId: posted.outcome.profile.userId },
    });
    expect(tip).toMatchObject({
      product: "다이소 수납함",
      rating: 4,
      photoPlatform: "telegram",
      photoRef: "tip-good",
    });
  });
});
