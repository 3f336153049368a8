import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CrossMessenger, startCrossMessenger } from "./cross-messenger-harness.js";
import { departureIn } from "./departure.js";
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

// One shared taxi across messengers: a rider on (emulated) Telegram and a rider on (faked)
// Discord, both front doors on one AppContext, the real workers matching them and delivering the
// proposal, the confirmation and relayed words to each on their own messenger. The Discord rider
// goes through slash commands, buttons and forms only.

let messengers: CrossMessenger<true>;

beforeAll(async () => {
  messengers = await startCrossMessenger({
    smtp: true,
    tuning: { scanMs: 100, carpool: { scanMs: 100, batchMs: 500 } },
  });
});

afterAll(async () => {
  await messengers?.stop();
});

describe("taxi carpool across messengers", () => {
  it("Telegram and Discord riders: verify → request → proposal → both accept → relay", {
    timeout: 40_000,
  }, async () => {
    const { test, emulator, api, smtp, on, press, fillIn, dm } = messengers;
    const { db } = test.database;
    const mina = new TelegramPerson(emulator.server, 8501, "미나", "ko", "mina_tg");
    const hajun: DiscordPerson = {
      id: "2100000000000000501",
      username: "hajun_dc",
      globalName: "하준",
      locale: "ko",
      where: "dm",
    };

    // Mina proves herself by sharing her own phone contact; Hajun by e-mail, through two forms.
    await mina.command("/verify");
    await mina.pressOn(isText("verify-choose"), "📱 내 전화번호 공유", "the ways to verify");
    await mina.receiveUntil(isText("ask-contact"), "the contact question");
    await mina.shareContact("821099998888");
    await mina.receive(isText("verify-done"), "Mina verified");

    // Unverified, Hajun's request is refused before anything is asked.
    const [refused] = await on(slashCommand(hajun, "ride", { origin: "강남구" }, "request"));
    expect(textOf(refused)).toBe(t("error-not-verified"));

    const [ways] = await on(slashCommand(hajun, "verify"));
    const [askEmail] = await press(hajun, "📧 이메일", ways);
    expect(textOf(askEmail)).toBe(t("ask-email"));
    const [, askCode] = await fillIn(hajun, askEmail, { email: "hajun@example.com" }, 2);
    expect(textOf(askCode)).toBe(t("ask-email-code"));
    const [done] = await fillIn(hajun, askCode, { code: await smtp.waitForCode("hajun@example.com") });
    expect(textOf(done)).toBe(t("verify-done"));

    const time = departureIn(45);
    await mina.command("/ride");
    await answerTo(mina, "ask-ride-origin", "강남구");
    await answerTo(mina, "ask-ride-destination", "송파구");
    await answerTo(mina, "ask-ride-time", time);
    await mina.pressOn(isText("ask-seats"), "1명", "seats question");
    await mina.pressOn(isText("ask-extra"), "건너뛰기", "extra time question");
    await mina.pressOn(isText("ask-same_gender"), "건너뛰기", "same gender question");
    await mina.pressOn(isText("ask-split"), "건너뛰기", "fare split question");
    await mina.pressOn(isText("ask-ride-min-temperature"), "건너뛰기", "minimum temperature question");
    await mina.receive(startsWith("합승 요청을 받았어요"), "Mina's request saved");

    // Hajun gives the four options at once; the optional questions come as buttons.
    const [askExtra] = await on(
      slashCommand(
        hajun,
        "ride",
        { origin: "37.5005, 127.0590", destination: "송파구", time, seats: "1" },
        "request",
      ),
    );
    expect(textOf(askExtra)).toBe(t("ask-extra"));
    const [askSameGender] = await press(hajun, "건너뛰기", askExtra);
    expect(textOf(askSameGender)).toBe(t("ask-same_gender"));
    const [askSplit] = await press(hajun, "건너뛰기", askSameGender);
    expect(textOf(askSplit)).toBe(t("ask-split"));
    const [askMinimum] = await press(hajun, "건너뛰기", askSplit);
    expect(textOf(askMinimum)).toBe(t("ask-ride-min-temperature"));
    const [saved] = await press(hajun, "건너뛰기", askMinimum);
    expect(textOf(saved)).toContain("37.5005,127.0590 → 송파구");

    const isProposal = (text: string) => text.startsWith("🚕 같은 방향 합승을 찾았어요!");
    const minaProposal = await mina.receive((message) => isProposal(message.text), "Mina's proposal");
    const hajunProposal = await dm(hajun, isProposal, "Hajun's proposal on Discord");
    expect(minaProposal?.text).toContain("· 하준 ☆ - ✓");
    expect(textOf(hajunProposal)).toContain("· 미나 ☆ - ✓");
    expect(minaProposal?.text).not.toContain("hajun_dc");
    // The same action behind the button on either messenger.
    expect(button(hajunProposal, "함께 탈게요").custom_id).toBe(buttonData(minaProposal, "함께 탈게요"));

    const [hajunAccepted] = await press(hajun, "함께 탈게요", hajunProposal);
    expect(textOf(hajunAccepted)).toBe(t("ride-proposal-waiting-for-others"));
    await mina.press(buttonData(minaProposal, "함께 탈게요"));
    await mina.receive(isText("ride-proposal-confirmed"), "Mina confirms the group");

    const isConfirmed = (text: string) => text.startsWith("✅ 합승 확정!");
    const minaConfirmed = await mina.receive((message) => isConfirmed(message.text), "Mina's confirmation");
    const hajunConfirmed = await dm(hajun, isConfirmed, "Hajun's confirmation on Discord");
    for (const text of [minaConfirmed?.text, textOf(hajunConfirmed)]) {
      expect(text).toContain("미나 ↑ 37.49647,127.06331");
      expect(text).toContain("하준 ↑ 37.50050,127.05900");
    }
    const group = await db.rideGroup.findFirstOrThrow({ include: { members: true } });
    expect(group.status).toBe("confirmed");
    expect(group.members.every((member) => member.acceptedAt !== null)).toBe(true);
    const [list] = await on(slashCommand(hajun, "ride", {}, "list"));
    expect(textOf(list)).toContain(`1. [${t("ride-status-confirmed")}] 📍 → 송파구`);

    // Words cross messengers through the group's chat, and come back the same way.
    await mina.press(buttonData(minaConfirmed, "답장"));
    await answerTo(mina, "ask-message", "5분 전에 도착해요");
    await mina.receiveUntil(isText("relay-sent"), "relay sent");
    const relayed = await dm(hajun, (text) => text.startsWith("💬 미나"), "the relayed message on Discord");
    expect(textOf(relayed)).toContain("5분 전에 도착해요");
    const [askMessage] = await press(hajun, "답장", relayed);
    expect(textOf(askMessage)).toBe(t("ask-message"));
    const [sent] = await fillIn(hajun, askMessage, { message: "네, 입구에서 봬요" });
    expect(textOf(sent)).toBe(t("relay-sent"));
    const answer = await mina.receive(startsWith("💬 하준"), "the answer on Telegram");
    expect(answer?.text).toContain("네, 입구에서 봬요");

    // Neither learns the other's messenger handle.
    expect(JSON.stringify(mina.received)).not.toContain("hajun_dc");
    expect(JSON.stringify(api.calls.map((call) => call.body))).not.toContain("mina_tg");
  });
});
