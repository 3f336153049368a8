import { ConfigError, loadConfig } from "../../runtime/config.js";
import { createLogger } from "../../runtime/logger.js";
import { deployConfig, registerCommands } from "./registration.js";

// `npm run discord:deploy`: registers the slash commands once per release. The bot itself never
// registers them at start-up.

const logger = createLogger(process.env.LOG_LEVEL ?? "info");
try {
  const { route, count } = await registerCommands(loadConfig(deployConfig));
  logger.info({ route, count }, "registered Discord slash commands");
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else logger.error({ err: error }, "registering Discord slash commands failed");
  process.exitCode = 1;
}
