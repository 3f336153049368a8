import type { AddressInfo } from "node:net";
import type { Express } from "express";
import type { z } from "zod";
import { type BaseConfig, ConfigError, type HttpConfig, loadConfig } from "./config.js";
import { type AppContext, buildContext } from "./context.js";
import { createHttpApp, errorHandler, listen } from "./http.js";
import { createLogger, describeError } from "./logger.js";
import { createShutdown } from "./shutdown.js";

export interface ProcessParts<Config> {
  ctx: AppContext;
  config: Config;
  /** Already listening; routes mounted now are served (the error handler is added after). */
  app: Express;
}

export interface ProcessDefinition<Schema extends z.ZodType<BaseConfig & HttpConfig>> {
  name: string;
  config: Schema;
  /** Starts the process's parts; returns the path to point a person at, if any. */
  start(parts: ProcessParts<z.infer<Schema>>): Promise<string | undefined>;
  /** Refreshes gauges owned elsewhere (queues, outbox) before each /metrics scrape. */
  refreshMetrics?: (ctx: AppContext) => () => Promise<void>;
}

/** A URL a browser can open: a server listening on every interface is "localhost" to its owner. */
function openableUrl(host: string, port: number, path: string): string {
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${port}${path}`;
}

function readConfig<Schema extends z.ZodType>(schema: Schema): z.infer<Schema> {
  try {
    return loadConfig(schema);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * The composition root every entry point shares: validate config once, build logger, database,
 * Redis and the HTTP server (health, readiness, metrics), start the process's own parts, and own
 * the one shutdown path for SIGINT/SIGTERM and start-up failures.
 */
export async function runProcess<Schema extends z.ZodType<BaseConfig & HttpConfig>>(
  definition: ProcessDefinition<Schema>,
): Promise<void> {
  const config = readConfig(definition.config);
  const logger = createLogger(config.LOG_LEVEL).child({ process: definition.name });
  const shutdown = createShutdown(logger);
  shutdown.listenForSignals();
  try {
    const ctx = await buildContext(config, logger, shutdown);
    const app = createHttpApp({
      logger,
      metrics: ctx.metrics,
      metricsToken: config.METRICS_TOKEN,
      readiness: ctx.readiness,
      ...(definition.refreshMetrics ? { beforeScrape: definition.refreshMetrics(ctx) } : {}),
    });
    const server = await listen(app, config.HOST, config.PORT, shutdown);
    const path = await definition.start({ ctx, config, app });
    // The address a person types first leads where they can do something, not to "Cannot GET /".
    if (path) app.get("/", (_req, res) => res.redirect(path));
    app.use(errorHandler(logger));
    const url = openableUrl(config.HOST, (server.address() as AddressInfo).port, path ?? "/healthz");
    logger.info(
      { url },
      path ? `honjok ${definition.name} is running: open ${url}` : `honjok ${definition.name} is running`,
    );
  } catch (error) {
    logger.fatal({ err: describeError(error) }, "start-up failed");
    await shutdown.exit("start-up failed", 1);
  }
}
