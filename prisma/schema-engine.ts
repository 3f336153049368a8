import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";

// The Prisma CLI downloads a native schema engine on every run, which fails on machines without
// access to Prisma's CDN. Prisma publishes the same engine as WebAssembly; driving it through the
// pg driver adapter applies migrations and records `_prisma_migrations` exactly as
// `prisma migrate deploy` does, so both tools can be used on the same database.

const prismaDir = path.dirname(fileURLToPath(import.meta.url));
export const schemaPath = path.join(prismaDir, "schema.prisma");
export const migrationsDir = path.join(prismaDir, "migrations");
const lockfilePath = path.join(migrationsDir, "migration_lock.toml");

const noFilter = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;

/** Node 20 cannot import `.wasm` as a module, so the bindings are wired to the instance by hand. */
function loadWasmBindings() {
  wasmReady ??= (async () => {
    const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bindings,
    });
    const exports = instance.exports as { __wbindgen_start(): void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bindings;
  })();
  return wasmReady;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The schema engine introspects the database through catalog queries that return PostgreSQL's
 * internal one-byte `"char"` type, which the pg driver adapter refuses to map. Its values arrive
 * as strings already, so the pool reports those columns as text to the adapter, and the adapter
 * hands them to the engine as characters, which is what the engine reads them as: a CHECK
 * constraint's `contype` read as text makes the engine panic.
 */
function catalogReadableAdapter(databaseUrl: string): { pool: pg.Pool; factory: PrismaPg } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // Which columns of a query are "char" depends on its text alone, so one map serves every call.
  const charColumnsOf = new Map<string, number[]>();
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
  const reportCharAsText = async (config: pg.QueryConfig) => {
    const result = await query(config);
    const charColumns = (result.fields ?? []).flatMap((field, index) =>
      field.dataTypeID === PG_CHAR_OID ? [index] : [],
    );
    for (const index of charColumns) (result.fields[index] as pg.FieldDef).dataTypeID = PG_TEXT_OID;
    if (charColumns.length) charColumnsOf.set(config.text, charColumns);
    return result;
  };
  pool.query = reportCharAsText as typeof pool.query;
  const factory = new PrismaPg(pool);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (sqlQuery) => {
      const result = await queryRaw(sqlQuery);
      for (const index of charColumnsOf.get(sqlQuery.sql) ?? [])
        result.columnTypes[index] = ColumnTypeEnum.Character;
      return result;
    };
    return adapter;
  };
  return { pool, factory };
}

export async function withSchemaEngine<T>(
  databaseUrl: string,
  use: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadWasmBindings();
  const { pool, factory } = catalogReadableAdapter(databaseUrl);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const schema = await readFile(schemaPath, "utf8");
  try {
    const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
    try {
      return await use(engine);
    } finally {
      engine.free();
    }
  } finally {
    // Freeing the engine leaves the pool's connections open, which would keep the process alive.
    await pool.end();
  }
}

export async function readMigrationList(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: {
          tag: "ok" as const,
          value: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8"),
        },
      },
    })),
  );
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: await readFile(lockfilePath, "utf8").catch(() => null),
    },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies pending migrations; returns the names applied. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const migrationsList = await readMigrationList();
  return withSchemaEngine(databaseUrl, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilter });
    return appliedMigrationNames;
  });
}

/** Runs `use` against a new empty database on the same server, dropped afterwards. */
async function withScratchDatabase<T>(
  databaseUrl: string,
  use: (scratchUrl: string) => Promise<T>,
): Promise<T> {
  const name = `honjok_scratch_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const scratchUrl = new URL(databaseUrl);
    scratchUrl.pathname = `/${name}`;
    return await use(scratchUrl.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, "").slice(0, 14);
}

/**
 * Writes `prisma/migrations/<timestamp>_<name>/migration.sql`: the SQL that takes a database
 * with every committed migration applied to the state `schema.prisma` describes. The wasm engine
 * cannot make its own shadow database, so the committed migrations are replayed into a scratch
 * database on the same server and diffed from there — what `prisma migrate dev` does.
 * Returns the directory name, or undefined when the schema has no changes.
 */
export async function createMigration(databaseUrl: string, name: string): Promise<string | undefined> {
  const schema = await readFile(schemaPath, "utf8");
  const files = [{ path: schemaPath, content: schema }];
  const script = await withScratchDatabase(databaseUrl, async (scratchUrl) => {
    await applyMigrations(scratchUrl);
    return withSchemaEngine(scratchUrl, async (engine) => {
      const { stdout } = await engine.diff({
        from: { tag: "schemaDatasource", files, configDir: prismaDir },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: null,
        filters: noFilter,
      });
      return stdout ?? "";
    });
  });
  if (!script.trim() || /^-- This is an empty migration\.\s*$/.test(script)) return undefined;
  const directory = `${migrationTimestamp(new Date())}_${name}`;
  await mkdir(path.join(migrationsDir, directory), { recursive: true });
  await writeFile(path.join(migrationsDir, directory, "migration.sql"), script);
  return directory;
}
