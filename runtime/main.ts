import { z } from "zod";
import { startDiscord } from "../bots/discord/start.js";
import { startTelegram } from "../bots/telegram/start.js";
import { mountPlayground, playgroundEnabled } from "../bots/web/playground.js";
import { queueMetricsRefresher, startWorkers } from "../workers/start.js";
import {
  baseConfig,
  ConfigError,
  discordConfig,
  httpConfig,
  loadConfig,
  telegramConfig,
  workerConfig,
} from "./config.js";
import { buildContext } from "./context.js";
import { createHttpApp, errorHandler, listen } from "./http.js";
import { createLogger } from "./logger.js";
import { createShutdown } from "./shutdown.js";

// `npm start`: web, the configured bots and the workers in one process, for trying honjok and
// for small groups. The start:* scripts run the same parts as separate processes to scale out.

const allInOneConfig = z.intersection(
  z.intersection(baseConfig.extend(httpConfig.shape).extend(workerConfig.shape), telegramConfig),
  discordConfig,
);

async function main() {
  const config = loadConfig(allInOneConfig);
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
    const playground = playgroundEnabled(config);
    if (playground) mountPlayground(app, ctx);
    const { TELEGRAM_BOT_TOKEN, DISCORD_TOKEN } = config;
    if (TELEGRAM_BOT_TOKEN) await startTelegram(ctx, { ...config, TELEGRAM_BOT_TOKEN }, app);
    app.use(errorHandler(logger));
    await listen(app, config.HOST, config.PORT, shutdown);
    if (config.WORKERS === "1") await startWorkers(ctx, config);
    if (DISCORD_TOKEN) await startDiscord(ctx, { ...config, DISCORD_TOKEN });
    logger.info(
      {
        url: `http://${config.HOST}:${config.PORT}${playground ? "/playground" : "/healthz"}`,
        telegram: Boolean(TELEGRAM_BOT_TOKEN),
        discord: Boolean(DISCORD_TOKEN),
      },
      playground ? "honjok is running: open the playground" : "honjok is running",
    );
  } catch (error) {
    logger.fatal({ err: error }, "start-up failed");
    await shutdown.run("start-up failed");
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
