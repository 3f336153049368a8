import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions } from "../../core/actions/table.js";
import { FOLLOW_UP_AFTER_MS } from "../../core/carpool/departures/mutations.js";
import { localTime } from "../../core/carpool/format.js";
import { departureIn } from "../../test/departure.js";
import { answerTo, buttonData, isText, Person, startsWith } from "../../test/fake-telegram/person.js";
import { t } from "../../test/korean.js";
import { type EndToEnd, startEndToEnd } from "../../test/telegram-end-to-end.js";
import { waitFor } from "../../test/wait.js";

// The taxi carpool end to end over real HTTP: two people on the emulated Telegram verify by
// e-mail (codes through a real SMTP server in this process), ask for a ride the same way, and the
// real workers match them, deliver the proposal, the confirmation, relayed words and the
// after-ride follow-up through the same emulator.

let e2e: EndToEnd<true>;

const won = (amount: number) => new Intl.NumberFormat("ko").format(amount);

beforeAll(async () => {
  e2e = await startEndToEnd({ smtp: true, tuning: { scanMs: 100, carpool: { scanMs: 100, batchMs: 500 } } });
});

afterAll(async () => {
  await e2e?.stop();
});

async function userOf(telegramId: number) {
  const account = await e2e.test.database.db.account.findFirstOrThrow({
    where: { platform: "telegram", externalId: String(telegramId) },
  });
  return account.userId;
}

/** `/verify` by e-mail, reading the code from the local SMTP server and typing it back. */
async function verifyByEmail(person: Person, email: string) {
  await person.command("/verify");
  await person.pressOn(isText("verify-choose"), "📧 이메일", "the ways to verify");
  await answerTo(person, "ask-email", email);
  await person.receiveUntil(isText("ask-email-code"), "the code question");
  await person.say(await e2e.smtp.waitForCode(email));
  await person.receive(isText("verify-done"), "verified");
}

/** `/ride` with typed places and time, one seat, the optional questions skipped. */
async function requestRide(person: Person, origin: string, destination: string, time: string) {
  await person.command("/ride");
  await answerTo(person, "ask-ride-origin", origin);
  await answerTo(person, "ask-ride-destination", destination);
  await answerTo(person, "ask-ride-time", time);
  await person.pressOn(isText("ask-seats"), "1명", "seats question");
  await person.pressOn(isText("ask-extra"), "건너뛰기", "extra time question");
  await person.pressOn(isText("ask-same_gender"), "건너뛰기", "same gender question");
  await person.pressOn(isText("ask-split"), "건너뛰기", "fare split question");
  await person.pressOn(isText("ask-ride-min-temperature"), "건너뛰기", "minimum temperature question");
  return person.receive(startsWith("합승 요청을 받았어요"), "request saved");
}

describe("taxi carpool on Telegram", () => {
  it("refuses /ride to an unverified person before asking anything", async () => {
    const stranger = new Person(e2e.emulator.server, 8401, "낯선이", "ko");
    await stranger.command("/ride");
    const [refused] = await stranger.receiveUntil(() => true, "the refusal");
    expect(refused?.text).toBe(t("error-not-verified"));
    expect(refused?.text).toContain("/verify");
    // Had the origin been asked, this would answer it; with no question open it is stray text.
    await stranger.say("강남구");
    const [stray] = await stranger.receiveUntil(() => true, "the answer to stray text");
    expect(stray?.text.startsWith(t("unknown-text"))).toBe(true);
    expect(await e2e.test.database.db.rideRequest.count()).toBe(0);
  });

  it("verify → two requests → proposal → both accept → relay → departure → done → rating", {
    timeout: 40_000,
  }, async () => {
    const sora = new Person(e2e.emulator.server, 8411, "소라", "ko", "sora_tg");
    const jiho = new Person(e2e.emulator.server, 8412, "지호", "ko", "jiho_tg");
    await Promise.all([verifyByEmail(sora, "sora@example.com"), verifyByEmail(jiho, "jiho@example.com")]);

    // About 600 m apart in Gangnam, both to Songpa, both around 50 minutes from now (± 15).
    const time = departureIn(50);
    const soraSaved = await requestRide(sora, "강남구", "송파구", time);
    expect(soraSaved?.text).toContain("강남구 → 송파구");
    const jihoSaved = await requestRide(jiho, "37.5010, 127.0600", "송파구", time);
    expect(jihoSaved?.text).toContain("→ 송파구");

    const isProposal = startsWith("🚕 같은 방향 합승을 찾았어요!");
    const [soraProposal, jihoProposal] = await Promise.all([
      sora.receive(isProposal, "Sora's proposal"),
      jiho.receive(isProposal, "Jiho's proposal"),
    ]);
    const { db } = e2e.test.database;
    const [soraId, jihoId] = await Promise.all([userOf(8411), userOf(8412)]);
    const group = await db.rideGroup.findFirstOrThrow({ include: { members: true } });
    expect(group.status).toBe("proposed");
    expect(group.members.map((member) => member.riderId).sort()).toEqual([soraId, jihoId].sort());
    for (const [proposal, riderId, coRider] of [
      [soraProposal, soraId, "지호"],
      [jihoProposal, jihoId, "소라"],
    ] as const) {
      const member = group.members.find((candidate) => candidate.riderId === riderId);
      if (!member) throw new Error("not a member");
      // A shared taxi costs each less than riding alone.
      expect(member.shareKrw).toBeLessThan(member.soloFareKrw);
      expect(proposal?.text).toContain(
        `내 몫 약 ${won(member.shareKrw)}원 (혼자 타면 ${won(member.soloFareKrw)}원`,
      );
      expect(proposal?.text).toContain(`· ${coRider} ☆ - ✓`);
      expect(proposal?.text).not.toMatch(/sora_tg|jiho_tg/);
    }

    // Forged accept buttons: someone outside the group with this group's id, and a rider with
    // another group's id. Both are refused, and nobody's answer is recorded.
    const accept = (rideGroupId: string) => actions.rideAccept({ rideGroupId });
    expect(buttonData(soraProposal, "함께 탈게요")).toBe(accept(group.id));
    const outsider = new Person(e2e.emulator.server, 8413, "밖사람", "ko");
    await outsider.press(accept(group.id));
    await outsider.receive(isText("error-not-in-proposal"), "the outsider refused");
    await sora.press(accept(randomUUID()));
    await sora.receive(isText("error-not-in-proposal"), "another group's accept refused");
    const answered = await db.rideGroupMember.count({
      where: { groupId: group.id, acceptedAt: { not: null } },
    });
    expect(answered).toBe(0);

    await sora.press(buttonData(soraProposal, "함께 탈게요"));
    await sora.receive(isText("ride-proposal-waiting-for-others"), "Sora waits for the others");
    await jiho.press(buttonData(jihoProposal, "함께 탈게요"));
    await jiho.receive(isText("ride-proposal-confirmed"), "Jiho confirms the group");
    const isConfirmed = startsWith("✅ 합승 확정!");
    const [soraConfirmed, jihoConfirmed] = await Promise.all([
      sora.receive(isConfirmed, "Sora's confirmation"),
      jiho.receive(isConfirmed, "Jiho's confirmation"),
    ]);
    // The exact stops, pickups then drop-offs in the planned order, only now that the group is on.
    const point = { 소라: "37.49647,127.06331", 지호: "37.50100,127.06000" } as const;
    const songpa = "37.50561,127.11530";
    const nameOf = (riderId: string) => (riderId === soraId ? "소라" : "지호");
    const byOrder = (key: "pickupOrder" | "dropOrder") =>
      [...group.members].sort((a, b) => a[key] - b[key]).map((member) => nameOf(member.riderId));
    const stops = [
      ...byOrder("pickupOrder").map((name) => `${name} ↑ ${point[name]}`),
      ...byOrder("dropOrder").map((name) => `${name} ↓ ${songpa}`),
    ]
      .map((line, i) => `${i + 1}. ${line}`)
      .join("\n");
    for (const [confirmed, riderId] of [
      [soraConfirmed, soraId],
      [jihoConfirmed, jihoId],
    ] as const) {
      const share = group.members.find((member) => member.riderId === riderId)?.shareKrw ?? -1;
      const depart = localTime(group.departAt, "Asia/Seoul");
      expect(confirmed?.text).toBe(t("notify-ride-confirmed", { depart, stops, share }));
    }
    expect((await db.rideGroup.findUniqueOrThrow({ where: { id: group.id } })).status).toBe("confirmed");

    await sora.press(buttonData(soraConfirmed, "답장"));
    await answerTo(sora, "ask-message", "강남역 11번 출구 앞에서 봬요");
    await sora.receiveUntil(isText("relay-sent"), "relay sent");
    const relayed = await jiho.receive(startsWith("💬 소라"), "the relayed message");
    expect(relayed?.text).toContain("강남역 11번 출구 앞에서 봬요");
    expect(relayed?.text).toContain("🚕");
    expect(JSON.stringify(jiho.received)).not.toContain("sora_tg");
    expect(JSON.stringify(sora.received)).not.toContain("jiho_tg");

    // This stands in for the clock: the departure, and the wait before the follow-up, have passed.
    await db.rideGroup.update({
      where: { id: group.id },
      data: { departAt: new Date(Date.now() - FOLLOW_UP_AFTER_MS - 60_000) },
    });
    const isFollowUp = isText("notify-ride-follow-up");
    const [soraFollowUp] = await Promise.all([
      sora.receive(isFollowUp, "Sora's follow-up"),
      jiho.receive(isFollowUp, "Jiho's follow-up"),
    ]);
    expect((await db.rideGroup.findUniqueOrThrow({ where: { id: group.id } })).status).toBe("departed");

    await sora.press(buttonData(soraFollowUp, "잘 타고 왔어요"));
    await sora.pressOn(isText("ride-done-thanks"), "지호 평가하기", "the co-riders to rate");
    await sora.pressOn(isText("ask-ride-score"), "★★★★★", "score question");
    await sora.pressOn(isText("ask-tag"), "건너뛰기", "tag question");
    await sora.pressOn(isText("ask-comment"), "건너뛰기", "comment question");
    await sora.receiveUntil(isText("rate-thanks"), "Sora thanked");

    const member = await db.rideGroupMember.findFirstOrThrow({
      where: { groupId: group.id, riderId: soraId },
    });
    expect(member.rodeAt).not.toBeNull();
    const ratings = await db.rating.findMany({ where: { subjectId: group.id } });
    expect(
      ratings.map((rating) => [rating.context, rating.raterId, rating.rateeId, rating.score, rating.tags]),
    ).toEqual([["ride", soraId, jihoId, 5, []]]);
    const requests = await db.rideRequest.findMany({ where: { groupId: group.id } });
    expect(requests.map((request) => request.status)).toEqual(["done", "done"]);
    await waitFor("the confirmations forgotten", async () => {
      const rows = await db.notification.findMany({ where: { messageKey: "notify-ride-confirmed" } });
      return (
        rows.length === 2 && rows.every((row) => row.status === "sent" && JSON.stringify(row.params) === "{}")
      );
    });
  });
});
