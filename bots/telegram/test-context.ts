// Test set-up shared by this folder's integration tests: each file gets its own database
// (cloned from the migrated template) and its own Redis prefix, removed again in afterAll.
import { createServer } from "node:net";
import type { Logger } from "pino";
import type { AppContext } from "../../runtime/context.js";
import { createTestAppContext } from "../../test/app-context.js";
import { testLogger } from "../../test/logger.js";
import type { TestDatabase } from "../../test/postgres.js";

export interface TelegramTestContext {
  app: AppContext;
  database: TestDatabase;
  cleanup(): Promise<void>;
}

export async function createTelegramTestContext(logger: Logger = testLogger): Promise<TelegramTestContext> {
  const { ctx, database, cleanup } = await createTestAppContext(logger);
  return { app: ctx, database, cleanup };
}

/** A port free on 127.0.0.1 right now (the emulator cannot listen on port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}
