import { mountJitsiEvents } from "../../jitsi/events.js";
import { baseConfig, discordConfig, httpConfig, telegramConfig } from "../../runtime/config.js";
import { runProcess } from "../../runtime/process.js";
import { resolvePlaygroundKey } from "../../runtime/services.js";
import { mountCalendarFeed } from "./calendar-feed.js";
import { mountPlayground, playgroundEnabled } from "./playground.js";
import { jitsiOrigin, mountRoomPage } from "./room-page.js";

// `npm run start:web`: the HTTP front door on its own (health, metrics, calendar feeds, the Jitsi
// deployment's room events, the room pages and the playground).

// The messenger tokens are read only to decide whether the playground is on; the bots' other
// settings (and their cross-field rules) are their own processes' business.
const webConfig = baseConfig.extend({
  ...httpConfig.shape,
  TELEGRAM_BOT_TOKEN: telegramConfig.shape.TELEGRAM_BOT_TOKEN,
  DISCORD_TOKEN: discordConfig.shape.DISCORD_TOKEN,
});

await runProcess({
  name: "web",
  config: webConfig,
  async start({ ctx, config, app }) {
    mountCalendarFeed(app, ctx);
    mountJitsiEvents(app, { ...ctx, token: config.JITSI_EVENTS_TOKEN });
    mountRoomPage(app, ctx, { jitsiOrigin: jitsiOrigin(config.JITSI_DOMAIN) });
    if (!playgroundEnabled(config)) return undefined;
    const signingKey = await resolvePlaygroundKey(config, ctx.logger);
    mountPlayground(app, ctx, { signingKey, publicUrl: config.PUBLIC_URL });
    return "/playground";
  },
});
