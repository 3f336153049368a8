import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerTo, buttonData, isText, Person, startsWith } from "../../test/fake-telegram/person.js";
import { t } from "../../test/korean.js";
import { type EndToEnd, startEndToEnd } from "../../test/telegram-end-to-end.js";
import { waitFor } from "../../test/wait.js";

// Pictures sent as files over the fake Bot API: what Telegram says of a file refuses it without a
// download, its bytes refuse a transparent one, and a usable one comes back as a photo whose
// file_id the listing keeps (a document's cannot be shown as a photo). Where no photo is asked
// for, a file is answered unread.

let e2e: EndToEnd;

beforeAll(async () => {
  e2e = await startEndToEnd();
});

afterAll(async () => {
  await e2e?.stop();
});

const png = (alpha: number) =>
  sharp({ create: { width: 16, height: 16, channels: 4, background: { r: 30, g: 120, b: 200, alpha } } })
    .png()
    .toBuffer();

async function atPhotosQuestion(person: Person) {
  await person.command("/sell");
  await answerTo(person, "ask-title", "스탠드 조명");
  await answerTo(person, "ask-description", "잘 켜져요");
  await answerTo(person, "ask-price", "5000");
  await person.pressOn(isText("ask-category"), "가전", "category question");
  await person.pressOn(isText("ask-condition"), "거의 새것", "condition question");
  await person.receiveUntil(isText("ask-photos"), "photos question");
}

const downloads = () => e2e.emulator.server.calls.filter((call) => call.method === "getFile").length;
const photosSentTo = (person: Person) =>
  e2e.emulator.server
    .callsTo(String(person.id))
    .filter((call) => call.method === "sendPhoto")
    .map((call) => String(call.payload.photo));

describe("a picture sent as a file to /sell on Telegram", () => {
  it("is refused with its reason, in Korean, and the question stays open", async () => {
    const seller = new Person(e2e.emulator.server, 8301, "지안", "ko");
    await atPhotosQuestion(seller);
    const before = downloads();
    await seller.sendFile("pdf-1", Buffer.from("%PDF-1.7"), "application/pdf");
    await seller.receiveUntil(isText("error-photo-type", { type: "PDF" }), "PDF refused");
    await seller.sendFile("huge-1", Buffer.from("x"), "image/jpeg", 30 * 1024 * 1024);
    await seller.receiveUntil(isText("error-photo-too-large", { size: "30MB", max: "10MB" }), "30MB refused");
    expect(downloads()).toBe(before);
    await seller.sendFile("clear-1", await png(0.3), "image/png");
    await seller.receiveUntil(isText("error-photo-transparent"), "transparent refused");
    expect(downloads()).toBe(before + 1);
  });

  it("is taken when opaque, sent back as a photo, and that photo's id is what the listing keeps", async () => {
    const seller = new Person(e2e.emulator.server, 8302, "노아", "ko");
    await atPhotosQuestion(seller);
    await seller.sendFile("solid-1", await png(1), "image/png");
    const received = await seller.receiveUntil(
      isText("photo-received", { count: 1, max: 5 }),
      "photo received",
    );
    const photosSent = () => photosSentTo(seller);
    const [echoed] = photosSent();
    expect(echoed).toMatch(/^uploaded-/);
    await seller.press(buttonData(received.at(-1), "완료"));
    await answerTo(seller, "ask-item-place", "마포구");
    await seller.receiveUntil(isText("sell-preview"), "preview");
    await waitFor("the preview's photo", () => (photosSent().length === 2 ? true : undefined));
    expect(photosSent()).toEqual([echoed, echoed]);
  });
});

describe("a file sent on Telegram where no photo is asked for", () => {
  it("is answered as any stray input is, without downloading it or sending it back", async () => {
    const person = new Person(e2e.emulator.server, 8303, "서연", "ko");
    const before = downloads();
    await person.sendFile("stray-1", await png(1), "image/png");
    await person.receiveUntil(startsWith(t("unknown-text")), "help, with no dialog going on");
    await person.command("/sell");
    await person.receiveUntil(isText("ask-title"), "title question");
    await person.sendFile("stray-2", await png(1), "image/png");
    await person.receiveUntil(isText("error-invalid-field", { field: t("field-title") }), "title refusal");
    await person.receiveUntil(isText("ask-title"), "title asked again");
    expect(downloads()).toBe(before);
    expect(photosSentTo(person)).toEqual([]);
  });

  it("is still read and sent back as a photo once the photos question comes", async () => {
    const seller = new Person(e2e.emulator.server, 8304, "도윤", "ko");
    await seller.sendFile("stray-3", await png(1), "image/png");
    await seller.receiveUntil(startsWith(t("unknown-text")), "help, with no dialog going on");
    const before = downloads();
    await atPhotosQuestion(seller);
    await seller.sendFile("solid-2", await png(1), "image/png");
    await seller.receiveUntil(isText("photo-received", { count: 1, max: 5 }), "photo received");
    expect(downloads()).toBe(before + 1);
    expect(photosSentTo(seller)).toHaveLength(1);
  });
});
