import { z } from "zod";
import { queueMetricsRefresher } from "../workers/start.js";
import { baseConfig, discordConfig, httpConfig, mailConfig, telegramConfig, workerConfig } from "./config.js";
import { runProcess } from "./process.js";
import { startConfiguredWorkers } from "./workers.js";

// `npm run start:worker`: delivers notifications and verification mail, and serves health,
// readiness and metrics. Start as many as needed against one Redis and PostgreSQL.

// Telegram's and Discord's schemas carry refinements, which zod 4 does not let `.extend` copy:
// an intersection checks each part with its own rules and merges the results.
const config = z.intersection(
  baseConfig.extend(httpConfig.shape).extend(workerConfig.shape).extend(mailConfig.shape),
  z.intersection(telegramConfig, discordConfig),
);

await runProcess({
  name: "worker",
  config,
  refreshMetrics: queueMetricsRefresher,
  async start({ ctx, config }) {
    await startConfiguredWorkers(ctx, config);
    return undefined;
  },
});
