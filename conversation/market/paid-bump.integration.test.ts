import { describe, expect, it } from "vitest";
import { actions } from "../../core/actions/table.js";
import type { Language } from "../../core/identity/types.js";
import { createDraft, publishItem } from "../../core/market/items/mutations.js";
import { itemInput } from "../../core/market/test-seed.js";
import { creditPoints } from "../../core/points/mutations.js";
import { buttonData, dispatcherForTests, privateChatPerson } from "../test-dispatcher.js";

// Bumping a listing before the free bump is due, paid with points: offered when the free one is
// refused, with the button only when the balance covers it, and paid once per bump.

const now = new Date("2026-12-03T03:00:00Z");
const DAY_MS = 24 * 60 * 60_000;
const test = dispatcherForTests({ clock: () => now });

/** A seller with a chair listed a day ago and `points` in their balance. */
async function sellerWithChair(externalId: string, language: Language, points: number) {
  const db = test().database.db;
  const seller = privateChatPerson(test().dispatcher, externalId, language);
  await seller({ kind: "command", name: "help" });
  const { userId } = await db.account.findFirstOrThrow({ where: { externalId }, select: { userId: true } });
  await db.user.update({ where: { id: userId }, data: { verifiedAt: now } });
  for (let trade = 0; trade < points / 10; trade++)
    await creditPoints(db, { userId, kind: "trade_completed", cause: `trade:${externalId}-${trade}` }, now);
  const listedAt = new Date(now.getTime() - DAY_MS);
  const itemId = await createDraft(db, userId, itemInput(), listedAt);
  await publishItem(db, itemId, userId, listedAt);
  return { seller, userId, itemId };
}

const balanceOf = async (userId: string) =>
  (await test().database.db.pointBalance.findUniqueOrThrow({ where: { userId } })).balance;

describe("a bump paid with points", () => {
  it("offers the paid bump when the free one is not due, pays 30 once, and refuses a second tap", async () => {
    const { seller, userId, itemId } = await sellerWithChair("6101", "ko", 50);
    const offer = await seller({ kind: "button", data: actions.itemBump({ itemId }) });
    expect(offer.keys).toEqual(["bump-paid-offer"]);
    expect(offer.texts[0]).toContain("48시간 뒤");
    expect(offer.texts[0]).toContain("(보유 50점)");

    const paid = await seller({ kind: "button", data: buttonData(offer.outcome, "button-bump-paid") });
    expect(paid.keys).toEqual(["item-bumped-paid", "item-card"]);
    expect(paid.texts[0]).toBe("'원목의자'를 30점으로 끌어올렸어요. 남은 포인트는 20점이에요.");
    const item = await test().database.db.item.findUniqueOrThrow({ where: { id: itemId } });
    expect(item.bumpedAt).toEqual(now);

    const again = await seller({ kind: "button", data: buttonData(offer.outcome, "button-bump-paid") });
    expect(again.keys[0]).toBe("error-bump-just-done");
    expect(await balanceOf(userId)).toBe(20);
  });

  it("says what the points would take and how they are earned when the balance is short, in English", async () => {
    const { seller, userId, itemId } = await sellerWithChair("6102", "en", 20);
    const short = await seller({ kind: "button", data: actions.itemBump({ itemId }) });
    expect(short.keys).toEqual(["bump-paid-short"]);
    expect(short.texts[0]).toContain("Bumping now takes 30 points, and you have 20.");
    expect(short.outcome.replies[0]?.buttons ?? []).toEqual([]);

    const stale = await seller({ kind: "button", data: actions.itemBumpPaid({ itemId }) });
    expect(stale.texts[0]).toBe("Not enough points: you have 20 and this takes 30.");
    expect(await balanceOf(userId)).toBe(20);
  });
});
