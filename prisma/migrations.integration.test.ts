import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase } from "../test/postgres.js";

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, "..");

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
beforeAll(async () => {
  database = await createEmptyDatabase();
});
afterAll(async () => {
  await database?.drop();
});

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function cli(cwd: string, ...args: string[]) {
  return run(path.join(repo, "node_modules/.bin/tsx"), ["prisma/migrate-cli.ts", ...args], {
    cwd,
    env: { ...process.env, DATABASE_URL: database.url },
  });
}

describe("npm run db:migrate", { timeout: 60_000 }, () => {
  it("applies every migration and records it as prisma migrate deploy does", async () => {
    const { stdout } = await cli(repo, "deploy");
    const names = (await readdir(path.join(repo, "prisma/migrations"), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(stdout).toContain(names[0]);

    const recorded = await query<{
      migration_name: string;
      checksum: string;
      finished: boolean;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count
       FROM _prisma_migrations ORDER BY migration_name`,
    );
    const expected = await Promise.all(
      names.map(async (name) => ({
        migration_name: name,
        // Prisma records the SHA-256 of the migration file, so its CLI accepts this history.
        checksum: createHash("sha256")
          .update(await readFile(path.join(repo, "prisma/migrations", name, "migration.sql")))
          .digest("hex"),
        finished: true,
        applied_steps_count: 1,
      })),
    );
    expect(recorded).toEqual(expected);
    expect((await cli(repo, "deploy")).stdout).toContain("no pending migrations");
  });
});

describe("npm run db:migration", { timeout: 60_000 }, () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(path.join(tmpdir(), "honjok-migration-"));
    await cp(path.join(repo, "prisma"), path.join(copy, "prisma"), { recursive: true });
    await symlink(path.join(repo, "node_modules"), path.join(copy, "node_modules"));
  });
  afterAll(async () => {
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  it("writes nothing when the schema matches the migrations", async () => {
    expect((await cli(copy, "create", "nothing")).stdout).toContain("schema unchanged");
  });

  it("writes the SQL for a schema change", async () => {
    const schemaFile = path.join(copy, "prisma/schema.prisma");
    const schema = await readFile(schemaFile, "utf8");
    await writeFile(schemaFile, schema.replace("model Account {", "model Account {\n  nickname String?"));
    const { stdout } = await cli(copy, "create", "add_nickname");
    const created = /created prisma\/migrations\/(\S+)/.exec(stdout)?.[1];
    expect(created).toMatch(/^\d{14}_add_nickname$/);
    const sql = await readFile(
      path.join(copy, "prisma/migrations", created as string, "migration.sql"),
      "utf8",
    );
    expect(sql).toContain('ALTER TABLE "Account" ADD COLUMN     "nickname" TEXT');
  });
});
