import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createDatabase, type Database } from "../core/db/client.js";

/** The test server: TEST_DATABASE_URL, or the machine's PostgreSQL on 127.0.0.1. */
export function adminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export function databaseUrlFor(name: string, port?: number): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  if (port !== undefined) {
    url.hostname = "127.0.0.1";
    url.port = String(port);
  }
  return url.toString();
}

async function withAdmin<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  db: Database;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of this test file's own, cloned from the template. With `port`, its
 * client connects there (a proxy to the test server the test can cut) instead of to the server.
 */
export async function createTestDatabase(port?: number): Promise<TestDatabase> {
  const name = `honjok_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const template = inject("templateDatabase");
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = databaseUrlFor(name, port);
  const db = createDatabase(url);
  return {
    name,
    url,
    db,
    async drop() {
      await db.$disconnect();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** An empty database (no migrations), for testing the migration tools themselves. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `honjok_empty_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  return {
    url: databaseUrlFor(name),
    drop: () =>
      withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}
