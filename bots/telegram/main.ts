import { z } from "zod";
import { baseConfig, httpConfig, telegramConfig } from "../../runtime/config.js";
import { runProcess } from "../../runtime/process.js";
import { startTelegram } from "./start.js";

// `npm run start:telegram`: the Telegram bot as a process of its own, with health, readiness and
// metrics over HTTP, and in webhook mode the webhook on the same server. runProcess listens
// before the bot starts, so a webhook is reachable by the time Telegram is told about it, and
// shuts down newest first: polling, then HTTP, then Redis and the database.

// telegramConfig carries a refinement, which zod 4 cannot `.extend`; an intersection keeps it.
const config = z.intersection(
  z.intersection(baseConfig.extend(httpConfig.shape), telegramConfig),
  z.object({
    TELEGRAM_BOT_TOKEN: z.string({
      error: "required to run the Telegram bot (the token @BotFather gave you)",
    }),
  }),
);

await runProcess({
  name: "telegram",
  config,
  async start({ ctx, config, app }) {
    await startTelegram(ctx, config, app);
    return undefined;
  },
});
