import type { Redis } from "ioredis";
import { redisDialogStore } from "../bots/commands/dialogs.js";
import { createDispatcher, type Dispatcher } from "../bots/commands/dispatcher.js";
import { allCommands } from "../bots/commands/registry.js";
import { createDatabase, type Database, isDatabaseReachable } from "../core/db/client.js";
import { createTranslator, type Translator } from "../i18n/translator.js";
import type { BaseConfig } from "./config.js";
import type { Logger } from "./logger.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { connectRedis, resolveDatabase, resolveRedis } from "./services.js";
import type { Shutdown } from "./shutdown.js";

/** What every process builds once at start and passes down; nothing here connects at import. */
export interface AppContext {
  logger: Logger;
  shutdown: Shutdown;
  db: Database;
  redis: Redis;
  redisUrl: string;
  /** Prefix for every Redis key and BullMQ queue of this deployment (tests use their own). */
  queuePrefix: string;
  translator: Translator;
  metrics: Metrics;
  dispatcher: Dispatcher;
  readiness: Record<string, () => Promise<boolean>>;
}

export async function buildContext(
  config: BaseConfig,
  logger: Logger,
  shutdown: Shutdown,
): Promise<AppContext> {
  const databaseUrl = await resolveDatabase(config, logger, shutdown);
  const redisUrl = await resolveRedis(config, logger, shutdown);
  const db = createDatabase(databaseUrl);
  shutdown.add("database", () => db.$disconnect());
  const redis = connectRedis(redisUrl, shutdown);
  return assembleContext({ db, redis, redisUrl, queuePrefix: config.QUEUE_PREFIX, logger, shutdown });
}

/** The part shared with tests, which bring their own database and Redis. */
export function assembleContext(parts: {
  db: Database;
  redis: Redis;
  redisUrl: string;
  queuePrefix: string;
  logger: Logger;
  shutdown: Shutdown;
}): AppContext {
  const dialogs = redisDialogStore(parts.redis, `${parts.queuePrefix}:`);
  return {
    ...parts,
    translator: createTranslator(),
    metrics: createMetrics(),
    dispatcher: createDispatcher({ db: parts.db, dialogs, commands: allCommands }),
    readiness: {
      database: () => isDatabaseReachable(parts.db),
      redis: async () => (await parts.redis.ping()) === "PONG",
    },
  };
}
