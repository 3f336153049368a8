import { describe, expect, it } from "vitest";
import { actions } from "../../core/actions/table.js";
import { createTestGroup } from "../../core/groups/test-groups.js";
import { updateProfile } from "../../core/identity/mutations.js";
import { sillim } from "../../core/market/test-seed.js";
import { creditPoints, reversePoints } from "../../core/points/mutations.js";
import { pointSettings } from "../../core/points/settings.js";
import { buttonData, dispatcherForTests, privateChatPerson } from "../test-dispatcher.js";

// /points and the leaderboards through the real dispatcher, as a person reads them in Korean and
// in English: an empty ledger, entries with why, badges, the boards and the refusals.

const test = dispatcherForTests();
const trade = pointSettings.earning.trade_completed;

let next = 0;
async function personIn(language: "ko" | "en") {
  next += 1;
  const send = privateChatPerson(test().dispatcher, String(720_000 + next), language);
  const first = await send({ kind: "command", name: "points" });
  return { send, first, userId: first.outcome.profile?.userId ?? "" };
}

const words = {
  ko: {
    empty: `거래를 마치면 +${trade.amount}`,
    level: "Lv.0 🌱 새싹 · 다음 레벨까지 70점",
    entries: [
      "거래 완료 +10 · 취소됨",
      "적립 취소 -10",
      "거래 완료 +10 · 보류: 나 자신과의 일",
      "🤝 첫 거래",
    ],
    noHome: "/profile 에서 동네를 먼저 정해 주세요",
    notMember: "모임 멤버만 볼 수 있어요",
    hidden: "🙈 다른 사람에게는 숨겨져 있어요. 내 순위: 1위 · 30점",
  },
  en: {
    empty: `a completed trade +${trade.amount}`,
    level: "Lv.0 🌱 Sprout · 70 to the next level",
    entries: [
      "Trade completed +10 · cancelled",
      "Points taken back -10",
      "· held: with yourself",
      "🤝 First trade",
    ],
    noHome: "Set your home area in /profile first",
    notMember: "A group's board is for its members only",
    hidden: "🙈 Hidden from others. My rank: #1 · 30 points",
  },
} as const;

describe.each(["ko", "en"] as const)("/points in %s", (language) => {
  it("says how points are earned, then shows entries with why, badges and the boards", async () => {
    const db = test().database.db;
    const { send, first, userId } = await personIn(language);
    expect(first.keys).toEqual(["points-empty", "points-unverified"]);
    expect(first.texts[0]).toContain(words[language].empty);

    await db.user.update({ where: { id: userId }, data: { verifiedAt: new Date() } });
    const now = new Date();
    const earn = (cause: string, counterpartId?: string) =>
      creditPoints(
        db,
        { userId, kind: "trade_completed", cause, ...(counterpartId ? { counterpartId } : {}) },
        now,
      );
    const cancelled = await earn("trade:1");
    await reversePoints(db, cancelled.entryId, "trade-cancelled:1", now);
    await earn("trade:2", userId);
    for (const n of [3, 4, 5]) await earn(`trade:${n}`);
    const card = await send({ kind: "command", name: "points" });
    expect(card.keys).toEqual(["points-card"]);
    expect(card.texts[0]).toContain(words[language].level);
    for (const entry of words[language].entries) expect(card.texts[0]).toContain(entry);

    // No home area yet: the neighbourhood board says what to do, and the dialog goes on.
    const noHome = await send({
      kind: "button",
      data: buttonData(card.outcome, "button-leaderboard-neighbourhood"),
    });
    expect(noHome.keys).toEqual(["error-leaderboard-no-home"]);
    expect(noHome.texts[0]).toContain(words[language].noHome);

    // Someone else's group: refused with why, nothing joined.
    const { groupId } = await createTestGroup(db);
    const notMine = await send({ kind: "button", data: actions.leaderboard({ groupId }) });
    expect(notMine.keys).toEqual(["error-leaderboard-not-member"]);
    expect(notMine.texts[0]).toContain(words[language].notMember);
    expect(await db.groupMember.count({ where: { groupId, userId } })).toBe(0);

    // With a home, the board; hiding oneself from it is one button, and the board says so.
    await updateProfile(db, userId, { homeArea: { ...sillim, precision: 0 } });
    const board = await send({ kind: "button", data: actions.leaderboard({ board: "week" }) });
    expect(board.keys).toEqual(["leaderboard-card"]);
    const hide = await send({ kind: "button", data: buttonData(board.outcome, "leaderboard-hidden") });
    expect(hide.keys).toEqual(["settings-saved"]);
    const hiddenBoard = await send({ kind: "button", data: actions.leaderboard({ board: "week" }) });
    expect(hiddenBoard.texts[0]).toContain(words[language].hidden);
    expect(buttonData(hiddenBoard.outcome, "leaderboard-shown")).toBeTruthy();
  });
});
