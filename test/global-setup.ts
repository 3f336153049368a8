import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations, readMigrationList } from "../prisma/schema-engine.js";
import { adminUrl, databaseUrlFor } from "./postgres.js";

/**
 * Migrates one template database per set of migrations; each integration test file then clones
 * it (CREATE DATABASE … TEMPLATE), which takes milliseconds, and so owns its data.
 */
export default async function setup(project: TestProject) {
  const migrations = await readMigrationList();
  const hash = createHash("sha256");
  for (const dir of migrations.migrationDirectories) {
    hash.update(dir.path);
    hash.update(dir.migrationFile.content.tag === "ok" ? dir.migrationFile.content.value : "");
  }
  hash.update(await readFile(new URL("../prisma/schema.prisma", import.meta.url), "utf8"));
  const template = `honjok_template_${hash.digest("hex").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
  if (exists.rowCount === 0) {
    const building = `${template}_building_${process.pid}`;
    await admin.query(`CREATE DATABASE "${building}"`);
    await applyMigrations(databaseUrlFor(building));
    await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`).catch(async () => {
      await admin.query(`DROP DATABASE "${building}"`);
    });
  }
  await admin.end();
  project.provide("templateDatabase", template);
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
