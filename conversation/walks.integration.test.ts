import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../core/db/client.js";
import { createTranslator } from "../i18n/translator.js";
import type { Input } from "./input.js";
import { allCommands } from "./registry.js";
import type { Reply } from "./reply.js";
import { dispatcherForTests } from "./test-dispatcher.js";
import {
  buttonsOf,
  inputFor,
  isAnswer,
  missingKeys,
  type WalkStep,
  walk,
  walkSettings,
} from "./test-walks.js";

// Hundreds of walks through the real dispatcher, every command running against PostgreSQL and
// Redis: nothing a person types or taps may fail, and an answer refused changes no row.

const translator = createTranslator();
const test = dispatcherForTests();
let digestSql: string;

/**
 * One query that fingerprints every row of every table, but for when each account was last seen
 * and the counts of wrong codes, which exist to change when a code is refused (so that guessing
 * locks itself out).
 */
async function digestQueryFor(db: Database): Promise<string> {
  const tables = await db.$queryRawUnsafe<{ table: string; columns: string }[]>(`
    SELECT table_name AS table, string_agg(quote_ident(column_name), ',' ORDER BY ordinal_position) AS columns
    FROM information_schema.columns
    WHERE table_schema = 'public'
      AND table_name NOT IN ('_prisma_migrations', 'LinkAttempt', 'CheckInAttempt')
      AND column_name NOT IN ('lastSeenAt', 'updatedAt')
      AND NOT (table_name = 'EmailCode' AND column_name = 'attempts')
    GROUP BY table_name ORDER BY table_name`);
  const parts = tables.map(
    ({ table, columns }) =>
      `(SELECT coalesce(md5(string_agg(r::text, ',' ORDER BY r::text)), '') FROM (SELECT ${columns} FROM public.${JSON.stringify(table)}) r)`,
  );
  return `SELECT md5(concat_ws('|', ${parts.join(", ")})) AS digest`;
}

async function digest(): Promise<string> {
  const [row] = await test().database.db.$queryRawUnsafe<{ digest: string }[]>(digestSql);
  return row?.digest ?? "";
}

beforeAll(async () => {
  digestSql = await digestQueryFor(test().database.db);
});

let walker = 0;

async function runWalk(steps: WalkStep[]): Promise<void> {
  walker += 1;
  const externalId = String(900_000 + walker);
  const identity = {
    platform: "telegram" as const,
    externalId,
    chatId: externalId,
    displayName: "걷는 사람",
  };
  const chat = { id: externalId, kind: "private" as const, canManage: false };
  // Met once before, so the first refusal is not also the person's first contact (which makes them).
  let screen: Reply[] = (await test().dispatcher.handle(identity, { kind: "command", name: "help", chat }))
    .replies;
  const seen: string[] = [];
  for (const walkStep of steps) {
    const base = inputFor(walkStep, allCommands, { now: screen, seen }, externalId);
    if (!base) continue;
    const input: Input = { ...base, chat };
    const before = isAnswer(input) ? await digest() : undefined;
    // A throw here is what a person would see as "something went wrong".
    const outcome = await test().dispatcher.handle(identity, input);
    expect(missingKeys(translator, outcome.replies, allCommands)).toEqual([]);
    if (before !== undefined && outcome.replies[0]?.text.key.startsWith("error-")) {
      expect(await digest(), `refused ${JSON.stringify(input).slice(0, 200)}`).toBe(before);
    }
    seen.push(...buttonsOf(screen));
    screen = outcome.replies;
  }
}

describe("every command through the dispatcher, walked", () => {
  it(
    "never fails, always uses catalog keys, and a refused answer changes no row",
    async () => {
      await fc.assert(
        fc.asyncProperty(walk(12), (steps) => runWalk(steps)),
        { seed: walkSettings.seed, numRuns: 150 * walkSettings.scale },
      );
    },
    120_000 * walkSettings.scale,
  );
});
