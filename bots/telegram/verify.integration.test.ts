import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonData, isText, Person } from "../../test/fake-telegram/person.js";
import { t } from "../../test/korean.js";
import { capturingLogger } from "../../test/logger.js";
import { testPii } from "../../test/pii.js";
import { type EndToEnd, startEndToEnd } from "../../test/telegram-end-to-end.js";

// /verify end to end over real HTTP: the person on the emulated Telegram, the bot polling it, and
// the mail worker sending the code through a real SMTP server in this process.

let e2e: EndToEnd<true>;
const log = capturingLogger();

beforeAll(async () => {
  e2e = await startEndToEnd({ smtp: true, logger: log.logger });
});

afterAll(async () => {
  await e2e?.stop();
});

async function userOf(telegramId: number) {
  const account = await e2e.test.database.db.account.findFirstOrThrow({
    where: { platform: "telegram", externalId: String(telegramId) },
    include: { user: true },
  });
  return account.user;
}

describe("/verify on Telegram", () => {
  it("verifies by e-mail: bad address, code sent, wrong code, right code", async () => {
    const minji = new Person(e2e.emulator.server, 9101, "민지", "ko");
    await minji.command("/verify");
    await minji.pressOn(isText("verify-choose"), "📧 이메일", "the ways to verify");

    await minji.answer(isText("ask-email"), "minji at example", "the address question");
    const [refused] = await minji.receiveUntil(isText("ask-email"), "the address asked again");
    expect(refused?.text).toBe(t("error-invalid-field", { field: t("field-email") }));
    await minji.say("minji@example.com");
    const [sent, askCode] = await minji.receiveUntil(isText("ask-email-code"), "the code question");
    expect(sent?.text).toBe(t("verify-code-sent", { email: "m***@example.com", minutes: 10 }));
    expect(buttonData(askCode, "🔄 새 코드 받기")).toBe("s|code");

    const code = await e2e.smtp.waitForCode("minji@example.com");
    await minji.say(code === "000000" ? "111111" : "000000");
    const [wrong] = await minji.receiveUntil(isText("ask-email-code"), "the code asked again");
    expect(wrong?.text).toBe(t("error-verify-code-wrong", { left: 4 }));

    await minji.say(code);
    await minji.receive(isText("verify-done"), "verified");
    const user = await userOf(9101);
    expect(user.verifiedAt).not.toBeNull();
    expect(testPii.open(user.emailCipher ?? "")).toBe("minji@example.com");

    await minji.command("/verify");
    await minji.receive(isText("verify-already"), "already verified");
  });

  it("sends a new code when asked, and the old one stops working", async () => {
    const hana = new Person(e2e.emulator.server, 9102, "하나", "ko");
    await hana.command("/verify");
    await hana.pressOn(isText("verify-choose"), "📧 이메일", "the ways to verify");
    await hana.answer(isText("ask-email"), "hana@example.com", "the address question");
    const first = await e2e.smtp.waitForCode("hana@example.com");
    await hana.pressOn(isText("ask-email-code"), "🔄 새 코드 받기", "the code question");
    await hana.receiveUntil(isText("ask-email-code"), "the code asked again");
    const second = await e2e.smtp.waitForCode("hana@example.com");
    if (first !== second) {
      await hana.say(first);
      await hana.receive(isText("error-verify-code-wrong", { left: 4 }), "the old code refused");
    }
    await hana.say(second);
    await hana.receive(isText("verify-done"), "verified");
  });

  it("verifies by the person's own contact, after refusing someone else's", async () => {
    const jun = new Person(e2e.emulator.server, 9103, "준", "ko");
    await jun.command("/verify");
    await jun.pressOn(isText("verify-choose"), "📱 내 전화번호 공유", "the ways to verify");
    const [ask] = await jun.receiveUntil(isText("ask-contact"), "the contact question");
    expect(ask?.reply_markup?.keyboard).toEqual([
      [{ text: t("telegram-share-contact"), request_contact: true }],
    ]);

    await jun.shareContact("+82 10-5555-6666", 424242);
    const [refused, askedAgain] = await jun.receiveUntil(isText("ask-contact"), "the contact asked again");
    expect(refused?.text).toBe(t("error-verify-not-own-contact"));
    expect(askedAgain?.reply_markup?.keyboard?.[0]?.[0]?.request_contact).toBe(true);
    expect((await userOf(9103)).verifiedAt).toBeNull();

    await jun.shareContact("821012345678");
    const done = await jun.receive(isText("verify-done"), "verified");
    expect(done?.reply_markup).toEqual({ remove_keyboard: true });
    const user = await userOf(9103);
    expect(user.verifiedAt).not.toBeNull();
    expect(testPii.open(user.phoneCipher ?? "")).toBe("+821012345678");
  });

  it("never logs an address, a code or a phone number", () => {
    const logged = log.lines.join("\n");
    expect(logged).toContain("e-mail codes queued");
    expect(logged).not.toMatch(/example\.com|1012345678|5555/);
    for (const mail of e2e.smtp.mails) expect(logged).not.toContain(/\d{6}/.exec(mail.text)?.[0]);
  });
});
