import { tmpdir } from "node:os";
import path from "node:path";
import type { Locator } from "playwright-core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { playgroundOnPhone } from "./test-browser.js";

// Two personas trade a chair on one phone, switching persona on the page as a visitor would:
// a seller puts it up through the /sell dialog, a neighbour finds it and writes, they talk through
// relayed messages, the seller reserves and sells it, and both rate the trade. The real workers
// deliver the notifications; each step waits for what the page shows, in Korean.

const SELLER = "수아";
const BUYER = "준호";
const TITLE = "접이식 의자";
const QUESTION = "오늘 저녁에 받을 수 있을까요?";
const ANSWER = "네, 7시에 신림 근처에서 봬요.";

/** Where the seller's item card is captured, for a person to look at. */
const SCREENSHOT_PATH = path.join(tmpdir(), "honjok-playground-market.png");

const phone = playgroundOnPhone();

/** True once the picture has really loaded: the page's policy and the data: URL both let it show. */
const pictureLoaded = (picture: Locator) =>
  expect
    .poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
    .toBe(true);

describe("the marketplace in the playground", () => {
  it("takes a seller through /sell with a photo and publishes the item", async () => {
    const { chat } = phone();
    const { page, say, botSays, type, press } = chat;
    await phone().openAs(SELLER);

    await type("/sell");
    await botSays(say("ask-title"));
    await type(TITLE);
    await botSays(say("ask-description"));
    await type("두 번 앉아 봤어요.\n튼튼하고 가벼워요.");
    await botSays(say("ask-price"));
    await type("1만5천");
    await press(await botSays(say("ask-category")), say("category-furniture"));
    await press(await botSays(say("ask-condition")), say("condition-like_new"));

    await botSays(say("ask-photos"));
    const attach = page.getByLabel(say("playground-attach-photo"));
    // A phone's HEIC the browser cannot draw, and a logo with a see-through background: each says why.
    await attach.setInputFiles({
      name: "IMG_0001.heic",
      mimeType: "image/heic",
      buffer: Buffer.from("ftypheic"),
    });
    await botSays(say("error-photo-type", { type: "HEIC" }));
    const logo = await sharp({
      create: { width: 64, height: 64, channels: 4, background: { r: 255, g: 90, b: 0, alpha: 0.4 } },
    })
      .png()
      .toBuffer();
    await attach.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
    await botSays(say("error-photo-transparent"));
    // Any real picture will do; the page's own screenshot is one at hand, far too big to send as it is.
    await attach.setInputFiles({ name: "chair.png", mimeType: "image/png", buffer: await page.screenshot() });
    await pictureLoaded((await chat.sent(say("playground-photo-sent"))).locator("img"));
    await press(await botSays(say("photo-received", { count: 1, max: 5 })), say("button-done"));

    await botSays(say("ask-item-place"));
    expect(await page.getByText(say("playground-attach-photo")).isHidden()).toBe(true);
    await type("37.4841, 126.9297 신림");

    await botSays(say("sell-preview"));
    const preview = await botSays(`판매자: ${SELLER}`);
    const card = await preview.innerText();
    expect(card).toContain(`${TITLE} · 15,000원`);
    expect(card).toContain("임시저장 · 가구 · 거의 새것");
    expect(card).toContain("두 번 앉아 봤어요.\n튼튼하고 가벼워요.");
    expect(card).toContain("📍 신림");
    expect(card).toContain("📷 사진 1장");
    await pictureLoaded(preview.locator("img.picture"));
    await preview.screenshot({ path: SCREENSHOT_PATH });

    await press(preview, say("button-publish"));
    await botSays(say("sell-published", { title: TITLE }));
  });

  it("lets a neighbour find it by a place name, open its card and write to the seller", async () => {
    const { chat } = phone();
    const { say, botSays, type, press } = chat;
    await chat.openPicker();
    await chat.createPersona(BUYER);

    await type("/market 의자");
    await botSays(say("ask-search-place"));
    await type("관악구");
    const results = await botSays("근처 물건이에요:");
    expect((await results.innerText()).split("\n")[1]).toMatch(
      /^1\. \[판매중\] 접이식 의자 · 15,000원 · 약 /,
    );

    await press(results, say("button-item-number", { n: 1 }));
    const card = await botSays(`판매자: ${SELLER}`);
    expect(await card.innerText()).toContain("판매중 · 가구 · 거의 새것");
    await pictureLoaded(card.locator("img.picture"));
    for (const button of ["button-save", "button-report"])
      await card.getByRole("button", { name: say(button) }).waitFor();

    await press(card, say("button-contact"));
    await botSays(say("ask-message"));
    await type(QUESTION);
    await botSays(say("relay-sent"));
  });

  it("relays the message to the seller, who replies from the notification", async () => {
    const { chat } = phone();
    const { say, botSays, type, press } = chat;
    await chat.switchTo(SELLER);
    const message = await chat.notice(
      say("notify-relay-message", { from: BUYER, topic: TITLE, body: QUESTION }),
    );
    await press(message, say("button-reply"));
    await botSays(say("ask-message"));
    await type(ANSWER);
    await botSays(say("relay-sent"));

    await chat.switchTo(BUYER);
    await chat.notice(say("notify-relay-message", { from: SELLER, topic: TITLE, body: ANSWER }));
  });

  it("lets the seller reserve the item for the buyer, mark it sold to them and rate them", async () => {
    const { chat } = phone();
    const { say, botSays, type, press } = chat;
    await chat.switchTo(SELLER);
    await type("/mine");
    await press(await botSays("내가 올린 물건:"), say("button-item-number", { n: 1 }));

    await press(await botSays("판매중 · 가구"), say("button-reserve"));
    await press(await botSays(say("pick-reserve")), BUYER);
    await botSays(say("item-reserved", { title: TITLE }));
    await press(await botSays("예약중 · 가구"), say("button-sold"));
    await press(await botSays(say("pick-buyer")), BUYER);
    await botSays(say("item-sold", { title: TITLE }));

    await press(await botSays("거래완료 · 가구"), say("button-rate"));
    await press(await botSays(say("ask-score")), say("score-5"));
    await press(await botSays(say("ask-tag")), say("rating-tag-on_time"));
    await botSays(say("ask-comment"));
    await type("덕분에 잘 팔았어요.");
    await botSays(say("rate-thanks"));
  });

  it("tells the buyer about the reservation and the sale, and lets them rate the seller", async () => {
    const { chat } = phone();
    const { say, botSays, press } = chat;
    await chat.switchTo(BUYER);
    await chat.notice(say("notify-item-reserved", { title: TITLE }));
    const sold = await chat.notice(say("notify-item-sold-to-you", { title: TITLE }));

    await press(sold, say("button-rate"));
    await press(await botSays(say("ask-score")), say("score-4"));
    await press(await botSays(say("ask-tag")), say("button-skip"));
    await press(await botSays(say("ask-comment")), say("button-skip"));
    await botSays(say("rate-thanks"));

    const { db } = phone().ctx;
    const item = await db.item.findFirstOrThrow({ where: { title: TITLE }, include: { photos: true } });
    const [seller, buyer] = await Promise.all(
      [SELLER, BUYER].map((displayName) => db.user.findFirstOrThrow({ where: { displayName } })),
    );
    expect(item).toMatchObject({ status: "sold", sellerId: seller?.id, buyerId: buyer?.id });
    expect(item.photos.map((photo) => photo.ref.slice(0, 11))).toEqual(["data:image/"]);
    const ratings = await db.rating.findMany({ where: { subjectId: item.id }, orderBy: { score: "desc" } });
    expect(ratings).toMatchObject([
      {
        raterId: seller?.id,
        rateeId: buyer?.id,
        score: 5,
        tags: ["on_time"],
        comment: "덕분에 잘 팔았어요.",
      },
      { raterId: buyer?.id, rateeId: seller?.id, score: 4, tags: [] },
    ]);
  });
});
