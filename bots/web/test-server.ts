import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
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
  stop(): Promise<void>;
}

/**
 * For tests: the web app with the playground on, its own database and Redis, on 127.0.0.1:<free port>.
 * With `workers`, the real workers run too (as in `npm start`) and deliver notifications to the
 * personas' inboxes; without them a test marks what it queued as sent itself. `dataDir` is the
 * workers' DATA_DIR, for a test that reads the mail they write as files into its mail/ folder.
 */
export async function startTestPlayground({
  workers = false,
  dataDir = testWorkersConfig.DATA_DIR,
} = {}): Promise<TestPlayground> {
  const { ctx, database, shutdown, cleanup } = await createTestAppContext();
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
    stop: cleanup,
  };
}
