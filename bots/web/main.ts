import type { AddressInfo } from "node:net";
import {
  baseConfig,
  ConfigError,
  discordConfig,
  httpConfig,
  loadConfig,
  telegramConfig,
} from "../../runtime/config.js";
import { buildContext } from "../../runtime/context.js";
import { listen } from "../../runtime/http.js";
import { createLogger } from "../../runtime/logger.js";
import { createShutdown } from "../../runtime/shutdown.js";
import { createWebApp } from "./app.js";
import { playgroundEnabled } from "./enabled.js";

// `npm run start:web`: the HTTP front door on its own (health, metrics and the playground).

// The messenger tokens are read only to decide whether the playground is on; the bots' other
// settings (and their cross-field rules) are their own processes' business.
const webConfig = baseConfig.extend({
  ...httpConfig.shape,
  TELEGRAM_BOT_TOKEN: telegramConfig.shape.TELEGRAM_BOT_TOKEN,
  DISCORD_TOKEN: discordConfig.shape.DISCORD_TOKEN,
});

function readConfig() {
  try {
    return loadConfig(webConfig);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** A host a browser can open: listening on every interface still means "this machine" to a visitor here. */
function openableHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}

async function main() {
  const config = readConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const shutdown = createShutdown(logger);
  shutdown.listenForSignals();
  try {
    const ctx = await buildContext(config, logger, shutdown);
    const playground = playgroundEnabled(config);
    const app = createWebApp(ctx, { metricsToken: config.METRICS_TOKEN, playground });
    const server = await listen(app, config.HOST, config.PORT, shutdown);
    const { port } = server.address() as AddressInfo;
    const base = `http://${openableHost(config.HOST)}:${port}`;
    if (playground) logger.info({ url: `${base}/playground` }, `playground ready: open ${base}/playground`);
    else logger.info({ url: base }, "web server ready (playground off: a messenger token is set)");
  } catch (error) {
    logger.fatal({ err: error }, "web server failed to start");
    await shutdown.run("start-up failure");
    process.exit(1);
  }
}

await main();
