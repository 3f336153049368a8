import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { SECRET_KEY_BYTES } from "../../runtime/config.js";
import type { AppContext } from "../../runtime/context.js";
import { createHttpApp, errorHandler, listen } from "../../runtime/http.js";
import { startConfiguredWorkers } from "../../runtime/workers.js";
import { createTestAppContext } from "../../test/app-context.js";
import { testLogger } from "../../test/logger.js";
import type { TestDatabase } from "../../test/postgres.js";
import { testWorkersConfig } from "../../test/workers-config.js";
import { mountPlayground } from "./playground.js";

export interface TestPlayground {
  ctx: AppContext;
  database: TestDatabase;
  baseUrl: string;
  /** The workers' DATA_DIR: with no SMTP configured, they write mail as files into its mail/ folder. */
  dataDir: string;
  stop(): Promise<void>;
}

export interface TestPlaygroundOptions {
  /** The real workers run too (as in `npm start`) and deliver notifications to the personas' inboxes. */
  workers?: boolean;
  /** The workers get a DATA_DIR of their own, removed again by `stop`, for a test that reads their mail. */
  ownDataDir?: boolean;
}

/**
 * For tests: the web app with the playground on, its own database and Redis, on 127.0.0.1:<free port>.
 * Without `workers` a test marks what it queued as sent itself.
 */
export async function startTestPlayground({
  workers = false,
  ownDataDir = false,
}: TestPlaygroundOptions = {}): Promise<TestPlayground> {
  const { ctx, database, shutdown, cleanup } = await createTestAppContext();
  const dataDir = ownDataDir
    ? await mkdtemp(path.join(tmpdir(), "honjok-playground-data-"))
    : testWorkersConfig.DATA_DIR;
  if (workers) {
    // No messenger is configured: every person here is a persona, whose delivery is a table row.
    await startConfiguredWorkers(ctx, { ...testWorkersConfig, DATA_DIR: dataDir });
  }
  const app = createHttpApp({
    logger: testLogger,
    metrics: ctx.metrics,
    metricsToken: undefined,
    readiness: ctx.readiness,
  });
  mountPlayground(app, ctx, { signingKey: randomBytes(SECRET_KEY_BYTES), publicUrl: "http://127.0.0.1" });
  app.use(errorHandler(testLogger));
  const server = await listen(app, "127.0.0.1", 0, shutdown);
  const { port } = server.address() as AddressInfo;
  return {
    ctx,
    database,
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    async stop() {
      await cleanup();
      if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
