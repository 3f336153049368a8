// Test set-up shared by this folder's integration tests: each file gets its own database
// (cloned from the migrated template) and its own Redis prefix, removed again in afterAll.
import type { Logger } from "pino";
import type { AppContext } from "../../runtime/context.js";
import { createTestAppContext, type TestServices } from "../../test/app-context.js";
import { testLogger } from "../../test/logger.js";
import type { TestDatabase } from "../../test/postgres.js";

export interface TelegramTestContext {
  app: AppContext;
  database: TestDatabase;
  cleanup(): Promise<void>;
}

export async function createTelegramTestContext(
  logger: Logger = testLogger,
  services: TestServices = {},
): Promise<TelegramTestContext> {
  const { ctx, database, cleanup } = await createTestAppContext(logger, services);
  return { app: ctx, database, cleanup };
}
