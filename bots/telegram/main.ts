// The standalone Telegram process (`npm run start:telegram`): its composition root. It builds
// config, logger, database, Redis and the HTTP server (health, readiness, metrics and, in
// webhook mode, the webhook), starts the bot, and owns the one shutdown path.
import { baseConfig, ConfigError, httpConfig, loadConfig, telegramConfig } from "../../runtime/config.js";
import { buildContext } from "../../runtime/context.js";
import { createHttpApp, errorHandler, listen } from "../../runtime/http.js";
import { createLogger } from "../../runtime/logger.js";
import { createShutdown } from "../../runtime/shutdown.js";
import { describeFailure } from "./failures.js";
import { startTelegram } from "./start.js";

function readConfig() {
  try {
    return loadConfig(baseConfig.and(httpConfig).and(telegramConfig));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) {
    console.error("TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and put its token in .env.");
    process.exit(1);
  }
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
    });
    // Listening before the bot starts: a webhook must be reachable by the time Telegram is told
    // about it. The error handler goes last so it also covers the webhook route mounted below.
    await listen(app, config.HOST, config.PORT, shutdown);
    logger.info({ host: config.HOST, port: config.PORT }, "http listening");
    await startTelegram(ctx, { ...config, TELEGRAM_BOT_TOKEN: token }, app);
    app.use(errorHandler(logger));
  } catch (error) {
    // Described, not logged whole: a failed Bot API call carries its payload (webhook secret included).
    logger.fatal({ err: describeFailure(error) }, "telegram start-up failed");
    await shutdown.run("start-up failed");
    process.exit(1);
  }
}

await main();
