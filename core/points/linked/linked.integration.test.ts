import { describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { databaseForTests } from "../../groups/meetups/test-meetups.js";
import { consumeLinkCode, issueLinkCode } from "../../identity/mutations.js";
import { newPerson } from "../../identity/test-people.js";
import { creditPoints } from "../mutations.js";

const database = databaseForTests();
const now = new Date("2026-12-03T03:00:00Z");

async function verifiedPerson(db: Database, platform: "telegram" | "discord") {
  const account = await newPerson(db, platform);
  await db.user.update({ where: { id: account.userId }, data: { verifiedAt: now } });
  return account;
}

async function ledgerOf(db: Database, userId: string) {
  const [balance, entries, weeks] = await Promise.all([
    db.pointBalance.findUnique({ where: { userId }, select: { balance: true, earned: true } }),
    db.pointEntry.aggregate({ where: { userId, status: "credited" }, _sum: { amount: true } }),
    db.pointWeek.aggregate({ where: { userId }, _sum: { earned: true } }),
  ]);
  return { ...balance, ledgerSum: entries._sum.amount, weeksEarned: weeks._sum.earned };
}

describe("linking accounts joins their ledgers", () => {
  it("moves the joining account's points to the owner and takes back what the two earned with each other", async () => {
    const db = database();
    const owner = await verifiedPerson(db, "telegram");
    const joining = await verifiedPerson(db, "discord");
    const stranger = await verifiedPerson(db, "telegram");
    const credit = (
      userId: string,
      kind: "trade_completed" | "meetup_attended",
      cause: string,
      counterpartId: string,
    ) => creditPoints(db, { userId, kind, cause, counterpartId }, now);
    // The two accounts sold each other a chair, both went to one meetup, and each traded with a stranger.
    await credit(owner.userId, "trade_completed", "trade:self", joining.userId);
    await credit(joining.userId, "trade_completed", "trade:self", owner.userId);
    await credit(owner.userId, "meetup_attended", "meetup:one", stranger.userId);
    await credit(joining.userId, "meetup_attended", "meetup:one", stranger.userId);
    for (const account of [owner, joining])
      await credit(account.userId, "trade_completed", `trade:${account.userId}`, stranger.userId);

    const { code } = await issueLinkCode(db, owner.userId, now);
    await consumeLinkCode(db, joining, code, now);

    // Kept: the owner's meetup and both stranger trades, 5 + 10 + 10.
    expect(await ledgerOf(db, owner.userId)).toEqual({
      balance: 25,
      earned: 25,
      ledgerSum: 25,
      weeksEarned: 25,
    });
    expect(await db.pointEntry.count({ where: { userId: joining.userId } })).toBe(0);
    const reversed = await db.pointEntry.findMany({
      where: { userId: owner.userId, kind: "reversal" },
      select: { reverses: { select: { cause: true, kind: true } } },
    });
    expect(reversed.map(({ reverses }) => reverses?.cause).sort()).toEqual(
      ["meetup:one", `meetup:one@${joining.userId}`, "trade:self", `trade:self@${joining.userId}`].filter(
        (cause) => cause !== "meetup:one",
      ),
    );
  });
});
