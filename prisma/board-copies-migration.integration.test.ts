import { execFile } from "node:child_process";
import { cp, mkdtemp, rename, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase } from "../test/postgres.js";

// The migration that gave balances their copy of the person and added weekly totals must fill
// both for a database that already has people, balances and a ledger.

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, "..");
const MIGRATION = "20261204200411_board_copies";

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let copy: string;
beforeAll(async () => {
  database = await createEmptyDatabase();
  copy = await mkdtemp(path.join(tmpdir(), "honjok-board-copies-"));
  await cp(path.join(repo, "prisma"), path.join(copy, "prisma"), { recursive: true });
  await symlink(path.join(repo, "node_modules"), path.join(copy, "node_modules"));
});
afterAll(async () => {
  await database?.drop();
  if (copy) await rm(copy, { recursive: true, force: true });
});

const deploy = () =>
  run(path.join(repo, "node_modules/.bin/tsx"), ["prisma/migrate-cli.ts", "deploy"], {
    cwd: copy,
    env: { ...process.env, DATABASE_URL: database.url },
  });

async function sql<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

const person = "00000000-0000-4000-8000-000000000001";

describe(`migration ${MIGRATION}`, { timeout: 60_000 }, () => {
  it("copies each person onto their balance and sums their weeks from the ledger, by Monday on their calendar", async () => {
    const held = path.join(copy, "held-back");
    await rename(path.join(copy, "prisma/migrations", MIGRATION), held);
    await deploy();
    await sql(`INSERT INTO "User" (id, "displayName", "homeCell", "onLeaderboards", "updatedAt")
      VALUES ('${person}', 'a', 94509025, false, now())`);
    await sql(
      `INSERT INTO "PointBalance" ("userId", balance, earned, "updatedAt") VALUES ('${person}', 13, 18, now())`,
    );
    // Sunday 23:59 and Monday 00:00 in Seoul, a reversed earning that week, a held one, and a spend.
    await sql(`INSERT INTO "PointEntry" (id, "userId", kind, cause, amount, status, "heldReason", "reversesId", "createdAt")
      VALUES ('00000000-0000-4000-8000-00000000000a', '${person}', 'trade_completed', 't1', 10, 'credited', NULL, NULL, '2026-12-06 14:59:00'),
        ('00000000-0000-4000-8000-00000000000b', '${person}', 'ride_happened', 'r1', 8, 'credited', NULL, NULL, '2026-12-06 15:00:00'),
        ('00000000-0000-4000-8000-00000000000c', '${person}', 'trade_completed', 't2', 10, 'credited', NULL, NULL, '2026-12-07 03:00:00'),
        ('00000000-0000-4000-8000-00000000000d', '${person}', 'reversal', 'x/c', -10, 'credited', NULL,
          '00000000-0000-4000-8000-00000000000c', '2026-12-08 03:00:00'),
        ('00000000-0000-4000-8000-00000000000e', '${person}', 'ride_happened', 'r2', 8, 'held', 'daily_cap', NULL, '2026-12-07 04:00:00'),
        ('00000000-0000-4000-8000-00000000000f', '${person}', 'listing_bump', 'b1', -5, 'credited', NULL, NULL, '2026-12-07 05:00:00')`);
    await rename(held, path.join(copy, "prisma/migrations", MIGRATION));
    expect((await deploy()).stdout).toContain(MIGRATION);
    expect(await sql(`SELECT playground, "homeCell", "onLeaderboards" FROM "PointBalance"`)).toEqual([
      { playground: false, homeCell: 94509025, onLeaderboards: false },
    ]);
    expect(
      await sql(`SELECT to_char(week, 'YYYY-MM-DD') AS week, earned, playground, "homeCell", "onLeaderboards"
        FROM "PointWeek" ORDER BY week`),
    ).toEqual([
      { week: "2026-11-30", earned: 10, playground: false, homeCell: 94509025, onLeaderboards: false },
      { week: "2026-12-07", earned: 8, playground: false, homeCell: 94509025, onLeaderboards: false },
    ]);
  });
});
