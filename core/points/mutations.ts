import { TZDate } from "@date-fns/tz";
import { startOfDay } from "date-fns";
import type { Database, Prisma } from "../db/client.js";
import { AppError } from "../errors.js";
import { holdReasonFor } from "./caps.js";
import { isEarningKind, pointSettings } from "./settings.js";
import type { CreditInput, EntryOutcome, SpendInput } from "./types.js";
import { weekOf } from "./weeks.js";

// Every write to the ledger first locks the person's balance row, so one person's entries are
// decided one at a time: a cap is counted and a balance checked with nothing slipping in between,
// and a repeated cause finds the entry the first call made. The unique (userId, kind, cause) key
// and the CHECK on the balance are the database's own guarantee should anything bypass the lock.

const DAY_MS = 24 * 60 * 60_000;

const outcomeFields = { id: true, amount: true, status: true, heldReason: true } as const;

function outcomeOf(
  entry: {
    id: string;
    amount: number;
    status: EntryOutcome["status"];
    heldReason: EntryOutcome["heldReason"];
  },
  created: boolean,
): EntryOutcome {
  return {
    entryId: entry.id,
    amount: entry.amount,
    status: entry.status,
    heldReason: entry.heldReason,
    created,
  };
}

async function lockedBalance(tx: Prisma.TransactionClient, userId: string): Promise<number | undefined> {
  const [row] = await tx.$queryRaw<{ balance: number }[]>`SELECT balance FROM "PointBalance"
    WHERE "userId" = ${userId}::uuid FOR UPDATE`;
  return row?.balance;
}

/**
 * Makes the person's balance row if need be and holds it until the transaction ends. A new row
 * copies the person's board columns; the person's row is share-locked meanwhile, so a change of
 * home or leaderboard choice being written waits, and then finds this row to update too.
 */
export async function lockBalance(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<number> {
  const balance = await lockedBalance(tx, userId);
  if (balance !== undefined) return balance;
  await tx.$executeRaw`INSERT INTO "PointBalance" ("userId", playground, "homeCell", "onLeaderboards", "updatedAt")
    SELECT id, playground, "homeCell", "onLeaderboards", ${now} FROM "User" WHERE id = ${userId}::uuid FOR SHARE
    ON CONFLICT ("userId") DO NOTHING`;
  return (await lockedBalance(tx, userId)) ?? 0;
}

/**
 * Copies the person's home cell and leaderboard choice from User onto their balance and weekly
 * totals, which the boards read. Call it after changing them, in the same transaction.
 */
export async function copyBoardColumns(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "PointBalance" b SET "homeCell" = u."homeCell", "onLeaderboards" = u."onLeaderboards"
    FROM "User" u WHERE u.id = b."userId" AND b."userId" = ${userId}::uuid`;
  await tx.$executeRaw`UPDATE "PointWeek" w SET "homeCell" = b."homeCell", "onLeaderboards" = b."onLeaderboards"
    FROM "PointBalance" b WHERE b."userId" = w."userId" AND w."userId" = ${userId}::uuid`;
}

/**
 * Moves the balance, the points earned, and the earned total of the week the earning belongs to,
 * in one statement. A week never goes below zero: a reversal counted in another week than its
 * entry (the person changed time zone in between) takes nothing from this one.
 */
async function moveEarned(
  tx: Prisma.TransactionClient,
  userId: string,
  change: { balance: number; earned: number; week: string },
  now: Date,
): Promise<void> {
  await tx.$executeRaw`WITH b AS (
      UPDATE "PointBalance" SET balance = balance + ${change.balance}, earned = earned + ${change.earned},
        "updatedAt" = ${now}
      WHERE "userId" = ${userId}::uuid RETURNING "userId", playground, "homeCell", "onLeaderboards")
    INSERT INTO "PointWeek" ("userId", week, earned, playground, "homeCell", "onLeaderboards")
    SELECT "userId", ${change.week}::date, GREATEST(${change.earned}, 0), playground, "homeCell", "onLeaderboards" FROM b
    ON CONFLICT ("userId", week) DO UPDATE SET earned = GREATEST("PointWeek".earned + ${change.earned}, 0)`;
}

async function findPerson(tx: Prisma.TransactionClient, userId: string) {
  const person = await tx.user.findUnique({
    where: { id: userId },
    select: { verifiedAt: true, timeZone: true },
  });
  if (!person) throw new AppError("not-found");
  return person;
}

function entryOfCause(
  tx: Prisma.TransactionClient,
  input: { userId: string; kind: CreditInput["kind"] | SpendInput["kind"]; cause: string },
) {
  return tx.pointEntry.findUnique({
    where: { userId_kind_cause: { userId: input.userId, kind: input.kind, cause: input.cause } },
    select: outcomeFields,
  });
}

/** Entries of the kind credited today on the person's own calendar, and with the counterpart lately. */
async function creditedSoFar(tx: Prisma.TransactionClient, input: CreditInput, timeZone: string, now: Date) {
  const credited = { userId: input.userId, kind: input.kind, status: "credited" } as const;
  const dayStart = startOfDay(new TZDate(now.getTime(), timeZone));
  const windowStart = new Date(now.getTime() - pointSettings.counterpartWindowDays * DAY_MS);
  const [today, withCounterpart] = await Promise.all([
    tx.pointEntry.count({ where: { ...credited, createdAt: { gte: dayStart } } }),
    input.counterpartId
      ? tx.pointEntry.count({
          where: { ...credited, counterpartId: input.counterpartId, createdAt: { gte: windowStart } },
        })
      : null,
  ]);
  return { today, withCounterpart };
}

/**
 * Points for an outcome that really happened. Idempotent by cause: a repeat, also at the same
 * moment, returns the first call's entry and adds nothing. An unverified person's earning, one
 * with themself and one over a cap are stored as held with the reason, never credited, and so
 * never credited later either: the outcome is used up. Never throws for any of them, so a job
 * can call it on each retry.
 */
export async function creditPoints(db: Database, input: CreditInput, now: Date): Promise<EntryOutcome> {
  return db.$transaction(async (tx) => {
    const person = await findPerson(tx, input.userId);
    await lockBalance(tx, input.userId, now);
    const existing = await entryOfCause(tx, input);
    if (existing) return outcomeOf(existing, false);
    const rule = pointSettings.earning[input.kind];
    const soFar = await creditedSoFar(tx, input, person.timeZone, now);
    const heldReason = holdReasonFor(
      {
        verified: person.verifiedAt !== null,
        ownCounterpart: input.counterpartId === input.userId,
        pattern: input.pattern ?? null,
        creditedToday: soFar.today,
        creditedWithCounterpart: soFar.withCounterpart,
      },
      rule,
    );
    const entry = await tx.pointEntry.create({
      data: {
        userId: input.userId,
        kind: input.kind,
        cause: input.cause,
        amount: rule.amount,
        counterpartId: input.counterpartId ?? null,
        status: heldReason ? "held" : "credited",
        heldReason,
        createdAt: now,
      },
      select: outcomeFields,
    });
    if (!heldReason)
      await moveEarned(
        tx,
        input.userId,
        { balance: rule.amount, earned: rule.amount, week: weekOf(now, person.timeZone) },
        now,
      );
    return outcomeOf(entry, true);
  });
}

/**
 * Pays for something with points inside the caller's transaction, so that what is bought and its
 * payment commit together. Refuses with `points-not-enough` (the balance and the price) when the
 * balance is short, and nothing changes; the same cause is paid once.
 */
export async function spendWithin(
  tx: Prisma.TransactionClient,
  input: SpendInput,
  now: Date,
): Promise<EntryOutcome> {
  await findPerson(tx, input.userId);
  const balance = await lockBalance(tx, input.userId, now);
  const existing = await entryOfCause(tx, input);
  if (existing) return outcomeOf(existing, false);
  const { price } = pointSettings.spending[input.kind];
  // Conditional, so that even without the lock two spends could not both pass one balance.
  const paid = await tx.pointBalance.updateMany({
    where: { userId: input.userId, balance: { gte: price } },
    data: { balance: { decrement: price } },
  });
  if (paid.count === 0) throw new AppError("points-not-enough", { balance, needed: price });
  const entry = await tx.pointEntry.create({
    data: {
      userId: input.userId,
      kind: input.kind,
      cause: input.cause,
      amount: -price,
      status: "credited",
      createdAt: now,
    },
    select: outcomeFields,
  });
  return outcomeOf(entry, true);
}

/** spendWithin in a transaction of its own. */
export async function spendPoints(db: Database, input: SpendInput, now: Date): Promise<EntryOutcome> {
  return db.$transaction((tx) => spendWithin(tx, input, now));
}

/** `reason` names what undid the entry, by id: "trade-cancelled:<tradeId>", "report-upheld:<reportId>". */
const reasonPattern = /^[a-z][a-z-]{0,30}:[A-Za-z0-9-]{1,48}$/;

/**
 * Takes back an earned entry whose cause was undone or reported and upheld. Once: reversing an
 * entry again returns the first reversal and changes nothing. A held entry moved nothing, so its
 * reversal is 0 (and it can never be released). The level loses the whole amount; the balance
 * loses what is left of it, never going below zero: points already spent bought something that
 * was seen and cannot be unseen, and a debt would block the person's next spend for no gain.
 */
export async function reverseWithin(
  tx: Prisma.TransactionClient,
  entryId: string,
  reason: string,
  now: Date,
): Promise<EntryOutcome> {
  if (!reasonPattern.test(reason)) throw new AppError("invalid-input");
  const original = await tx.pointEntry.findUnique({
    where: { id: entryId },
    select: { userId: true, kind: true, amount: true, status: true, createdAt: true },
  });
  if (!original) throw new AppError("not-found");
  if (!isEarningKind(original.kind)) throw new AppError("invalid-input");
  const balance = await lockBalance(tx, original.userId, now);
  // Read again under the lock: a reversal made meanwhile is the one to return.
  const made = await tx.pointEntry.findUnique({ where: { reversesId: entryId }, select: outcomeFields });
  if (made) return outcomeOf(made, false);
  const credited = original.status === "credited";
  const taken = credited ? Math.min(original.amount, balance) : 0;
  const reversal = await tx.pointEntry.create({
    data: {
      userId: original.userId,
      kind: "reversal",
      cause: `${reason}/${entryId}`,
      amount: -taken,
      status: "credited",
      reversesId: entryId,
      createdAt: now,
    },
    select: outcomeFields,
  });
  if (credited) {
    const { timeZone } = await findPerson(tx, original.userId);
    const week = weekOf(original.createdAt, timeZone);
    await moveEarned(tx, original.userId, { balance: -taken, earned: -original.amount, week }, now);
  }
  return outcomeOf(reversal, true);
}

/** reverseWithin in a transaction of its own. */
export async function reversePoints(
  db: Database,
  entryId: string,
  reason: string,
  now: Date,
): Promise<EntryOutcome> {
  return db.$transaction((tx) => reverseWithin(tx, entryId, reason, now));
}
