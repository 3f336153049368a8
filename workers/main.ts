import { z } from "zod";
import {
  baseConfig,
  ConfigError,
  discordConfig,
  httpConfig,
  loadConfig,
  telegramConfig,
  workerConfig,
} from "../runtime/config.js";
import { buildContext } from "../runtime/context.js";
import { createHttpApp, errorHandler, listen } from "../runtime/http.js";
import { createLogger } from "../runtime/logger.js";
import { createShutdown } from "../runtime/shutdown.js";
import { queueMetricsRefresher, startWorkers } from "./start.js";

// The standalone worker process (`npm run start:worker`): delivers notifications and serves
// health, readiness and metrics. Start as many as needed against one Redis and Postgres.

// Telegram's and Discord's schemas carry refinements, which zod 4 does not let `.extend` copy:
// an intersection checks each part with its own rules and merges the results.
const configSchema = z.intersection(
  baseConfig.extend(httpConfig.shape).extend(workerConfig.shape),
  z.intersection(telegramConfig, discordConfig),
);

function readConfig() {
  try {
    return loadConfig(configSchema);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = readConfig();
const logger = createLogger(config.LOG_LEVEL);
const shutdown = createShutdown(logger);
shutdown.listenForSignals();

try {
  const ctx = await buildContext(config, logger, shutdown);
  const app = createHttpApp({
    logger,
    metrics: ctx.metrics,
    metricsToken: config.METRICS_TOKEN,
    readiness: ctx.readiness,
    beforeScrape: queueMetricsRefresher(ctx),
  });
  app.use(errorHandler(logger));
  await listen(app, config.HOST, config.PORT, shutdown);
  await startWorkers(ctx, config);
  logger.info({ host: config.HOST, port: config.PORT }, "worker started");
} catch (error) {
  logger.fatal({ err: error }, "worker failed to start");
  await shutdown.run("start-up failed");
  process.exit(1);
}
