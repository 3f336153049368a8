import { describe, expect, it } from "vitest";
import { verifiedRider } from "../carpool/test-riders.js";
import type { Database } from "../db/client.js";
import { AppError } from "../errors.js";
import { databaseForTests } from "../groups/meetups/test-meetups.js";
import { person } from "../market/test-seed.js";
import { creditPoints, reversePoints, spendPoints } from "./mutations.js";
import { pointsSummary } from "./queries.js";
import { pointSettings } from "./settings.js";

const database = databaseForTests();
const trade = pointSettings.earning.trade_completed;
const bump = pointSettings.spending.listing_bump;
// 10:00 in Seoul, where the test people live (the default zone); the tests run in another.
const now = new Date("2026-12-03T01:00:00Z");
const HOUR_MS = 60 * 60_000;

async function verified(db: Database, name = "이웃"): Promise<string> {
  return (await verifiedRider(db, name)).userId;
}

/** The balance as the ledger adds it up: it must always equal the stored one. */
async function ledgerSum(db: Database, userId: string): Promise<number> {
  const { _sum } = await db.pointEntry.aggregate({
    where: { userId, status: "credited" },
    _sum: { amount: true },
  });
  return _sum.amount ?? 0;
}

/** `count` trades with different buyers, each its own cause. */
async function earnTrades(db: Database, userId: string, count: number, at = now) {
  const outcomes = [];
  for (let i = 0; i < count; i++)
    outcomes.push(
      await creditPoints(db, { userId, kind: "trade_completed", cause: `trade:${userId}-${i}` }, at),
    );
  return outcomes;
}

describe("creditPoints", () => {
  it("credits one entry and the balance once for 10 identical credits at the same moment", async () => {
    const db = database();
    const seller = await verified(db, "판매자");
    const buyer = await verified(db, "구매자");
    const input = {
      userId: seller,
      kind: "trade_completed",
      cause: "trade:chair-1",
      counterpartId: buyer,
    } as const;
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => creditPoints(db, input, now)));
    expect(new Set(outcomes.map((o) => o.entryId)).size).toBe(1);
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(await db.pointEntry.count({ where: { userId: seller } })).toBe(1);
    const summary = await pointsSummary(db, seller);
    expect(summary).toMatchObject({ balance: trade.amount, earned: trade.amount });
    expect(summary.entries).toEqual([
      expect.objectContaining({
        kind: "trade_completed",
        amount: trade.amount,
        status: "credited",
        reversed: false,
      }),
    ]);
  });

  it("holds an unverified person's earning with the reason, and the cause stays used after they verify", async () => {
    const db = database();
    const userId = await person(db, "미인증");
    const input = { userId, kind: "ride_happened", cause: "ride:1" } as const;
    expect(await creditPoints(db, input, now)).toMatchObject({ status: "held", heldReason: "unverified" });
    await db.user.update({ where: { id: userId }, data: { verifiedAt: now } });
    expect(await creditPoints(db, input, now)).toMatchObject({ status: "held", created: false });
    expect(await pointsSummary(db, userId)).toMatchObject({ balance: 0, earned: 0 });
  });

  it("holds the earning one past the daily cap, and credits again the next day in the person's zone", async () => {
    const db = database();
    const userId = await verified(db);
    const today = await earnTrades(db, userId, trade.dailyCap + 1);
    expect(today.slice(0, trade.dailyCap).every((o) => o.status === "credited")).toBe(true);
    expect(today.at(-1)).toMatchObject({ status: "held", heldReason: "daily_cap" });
    // 00:30 the next day in Seoul, though still the same day in UTC.
    const tomorrow = new Date("2026-12-03T15:30:00Z");
    const next = await creditPoints(
      db,
      { userId, kind: "trade_completed", cause: "trade:next-day" },
      tomorrow,
    );
    expect(next.status).toBe("credited");
    expect((await pointsSummary(db, userId)).balance).toBe((trade.dailyCap + 1) * trade.amount);
  });

  it("credits the chair sold back and forth once a month per pair, holding the rest", async () => {
    const db = database();
    const a = await verified(db, "가");
    const b = await verified(db, "나");
    const sell = (cause: string, at: Date) =>
      creditPoints(db, { userId: a, kind: "trade_completed", cause, counterpartId: b }, at);
    expect((await sell("trade:1", now)).status).toBe("credited");
    const later = new Date(now.getTime() + 2 * 24 * HOUR_MS);
    expect(await sell("trade:2", later)).toMatchObject({ status: "held", heldReason: "counterpart_cap" });
    const monthLater = new Date(now.getTime() + (pointSettings.counterpartWindowDays * 24 + 1) * HOUR_MS);
    expect((await sell("trade:3", monthLater)).status).toBe("credited");
    expect((await pointsSummary(db, a)).balance).toBe(2 * trade.amount);
  });

  it("holds an earning with oneself as the other person", async () => {
    const db = database();
    const userId = await verified(db);
    const outcome = await creditPoints(
      db,
      { userId, kind: "trade_completed", cause: "trade:self", counterpartId: userId },
      now,
    );
    expect(outcome).toMatchObject({ status: "held", heldReason: "own_counterpart" });
  });
});

describe("reversePoints", () => {
  it("takes an entry back once; reversing it again changes nothing", async () => {
    const db = database();
    const userId = await verified(db);
    const [earned] = await earnTrades(db, userId, 2);
    const first = await reversePoints(db, earned?.entryId ?? "", "trade-cancelled:1", now);
    expect(first).toMatchObject({ amount: -trade.amount, created: true });
    const again = await reversePoints(db, earned?.entryId ?? "", "report-upheld:2", now);
    expect(again).toMatchObject({ entryId: first.entryId, created: false });
    const summary = await pointsSummary(db, userId);
    expect(summary).toMatchObject({ balance: trade.amount, earned: trade.amount });
    expect(summary.entries.filter((e) => e.reversed)).toHaveLength(1);
    expect(await ledgerSum(db, userId)).toBe(summary.balance);
  });

  it("takes back only what is left once the points were spent, but the level loses it all", async () => {
    const db = database();
    const userId = await verified(db);
    const trades = await earnTrades(db, userId, Math.ceil(bump.price / trade.amount));
    await creditPoints(db, { userId, kind: "workout_attended", cause: "room:1" }, now);
    await spendPoints(db, { userId, kind: "listing_bump", cause: "bump:item-1:1" }, now);
    const earned = trades.length * trade.amount + pointSettings.earning.workout_attended.amount;
    const left = earned - bump.price;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(trade.amount);
    const reversal = await reversePoints(db, trades[0]?.entryId ?? "", "report-upheld:9", now);
    expect(reversal.amount).toBe(-left);
    expect(await pointsSummary(db, userId)).toMatchObject({ balance: 0, earned: earned - trade.amount });
    expect(await ledgerSum(db, userId)).toBe(0);
  });

  it("reverses a held entry without touching the balance", async () => {
    const db = database();
    const userId = await person(db, "미인증");
    const held = await creditPoints(db, { userId, kind: "tip_helpful", cause: "tip:1:vote:2" }, now);
    expect(await reversePoints(db, held.entryId, "report-upheld:3", now)).toMatchObject({
      amount: 0,
      created: true,
    });
    expect(await pointsSummary(db, userId)).toMatchObject({ balance: 0, earned: 0 });
  });

  it("refuses to reverse a spend or a reversal", async () => {
    const db = database();
    const userId = await verified(db);
    const [earned] = await earnTrades(db, userId, 1);
    const reversal = await reversePoints(db, earned?.entryId ?? "", "trade-cancelled:1", now);
    await expect(reversePoints(db, reversal.entryId, "trade-cancelled:1", now)).rejects.toMatchObject({
      code: "invalid-input",
    });
  });
});

describe("spendPoints", () => {
  it("refuses a spend beyond the balance with the balance and the price, and changes nothing", async () => {
    const db = database();
    const userId = await verified(db);
    await earnTrades(db, userId, 1);
    const refusal = spendPoints(db, { userId, kind: "listing_bump", cause: "bump:item-1:1" }, now);
    await expect(refusal).rejects.toEqual(
      new AppError("points-not-enough", { balance: trade.amount, needed: bump.price }),
    );
    expect(await db.pointEntry.count({ where: { userId, kind: "listing_bump" } })).toBe(0);
    expect((await pointsSummary(db, userId)).balance).toBe(trade.amount);
  });

  it("lets one of two spends at once through when the balance pays for one", async () => {
    const db = database();
    const userId = await verified(db);
    await earnTrades(db, userId, Math.ceil(bump.price / trade.amount));
    const balance = (await pointsSummary(db, userId)).balance;
    expect(balance).toBeLessThan(2 * bump.price);
    const results = await Promise.allSettled(
      ["bump:item-1:1", "bump:item-2:1"].map((cause) =>
        spendPoints(db, { userId, kind: "listing_bump", cause }, now),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "points-not-enough" });
    expect((await pointsSummary(db, userId)).balance).toBe(balance - bump.price);
    expect(await ledgerSum(db, userId)).toBe(balance - bump.price);
  });

  it("pays for the same cause once", async () => {
    const db = database();
    const userId = await verified(db);
    await earnTrades(db, userId, 2 * Math.ceil(bump.price / trade.amount));
    const input = { userId, kind: "meetup_pin", cause: "pin:meetup-1:2026-12-03" } as const;
    const [first, again] = await Promise.all([spendPoints(db, input, now), spendPoints(db, input, now)]);
    expect(again?.entryId).toBe(first?.entryId);
    expect(await ledgerSum(db, userId)).toBe((await pointsSummary(db, userId)).balance);
    expect(await db.pointEntry.count({ where: { userId, kind: "meetup_pin" } })).toBe(1);
  });
});
