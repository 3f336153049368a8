import { z } from "zod";
import { startDiscord } from "../bots/discord/start.js";
import { startTelegram } from "../bots/telegram/start.js";
import { mountCalendarFeed } from "../bots/web/calendar-feed.js";
import { mountPlayground, playgroundEnabled } from "../bots/web/playground.js";
import { jitsiOrigin, mountRoomPage } from "../bots/web/room-page.js";
import { mountJitsiEvents } from "../jitsi/events.js";
import { queueMetricsRefresher } from "../workers/start.js";
import { baseConfig, discordConfig, httpConfig, mailConfig, telegramConfig, workerConfig } from "./config.js";
import { runProcess } from "./process.js";
import { resolvePlaygroundKey } from "./services.js";
import { startConfiguredWorkers } from "./workers.js";

// `npm start`: web, the configured bots and the workers in one process, for trying honjok and
// for small groups. The start:* scripts run the same parts as separate processes to scale out.

// The messenger schemas carry cross-field rules, which zod 4 keeps through an intersection only.
const config = z.intersection(
  z.intersection(
    baseConfig.extend(httpConfig.shape).extend(workerConfig.shape).extend(mailConfig.shape),
    telegramConfig,
  ),
  discordConfig,
);

await runProcess({
  name: "all-in-one",
  config,
  refreshMetrics: queueMetricsRefresher,
  async start({ ctx, config, app }) {
    mountCalendarFeed(app, ctx);
    mountJitsiEvents(app, { ...ctx, token: config.JITSI_EVENTS_TOKEN });
    mountRoomPage(app, ctx, { jitsiOrigin: jitsiOrigin(config.JITSI_DOMAIN) });
    const playground = playgroundEnabled(config);
    if (playground) {
      const signingKey = await resolvePlaygroundKey(config, ctx.logger);
      mountPlayground(app, ctx, { signingKey, publicUrl: config.PUBLIC_URL });
    }
    const { TELEGRAM_BOT_TOKEN, DISCORD_TOKEN } = config;
    if (TELEGRAM_BOT_TOKEN) await startTelegram(ctx, { ...config, TELEGRAM_BOT_TOKEN }, app);
    if (config.WORKERS === "1") await startConfiguredWorkers(ctx, config);
    if (DISCORD_TOKEN) await startDiscord(ctx, { ...config, DISCORD_TOKEN });
    return playground ? "/playground" : undefined;
  },
});
