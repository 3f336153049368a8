import { discordScheduledEvents } from "../bots/discord/scheduled-events.js";
import { discordSender } from "../bots/discord/sender.js";
import { telegramSender } from "../bots/telegram/sender.js";
import type { Translator } from "../i18n/translator.js";
import type { ScheduledEvents } from "../workers/notify/scheduled-events.js";
import type { Senders } from "../workers/notify/sender.js";
import { startWorkers, type WorkersConfig, type WorkerTuning } from "../workers/start.js";
import type { DiscordConfig, TelegramConfig } from "./config.js";
import type { AppContext } from "./context.js";

// The workers define the ports they reach messengers through; this is where each messenger's own
// implementation (bots/<messenger>/sender.ts) is handed in, so workers/ never imports bots/.

/** The workers' settings and the tokens of the messengers they deliver to. */
export type WorkerProcessConfig = WorkersConfig & TelegramConfig & DiscordConfig;

/** A sender for each messenger that has a token; web needs none (its inbox is the table). */
function configuredSenders(config: TelegramConfig & DiscordConfig, translator: Translator): Senders {
  return {
    ...(config.TELEGRAM_BOT_TOKEN
      ? { telegram: telegramSender(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_API_ROOT, translator) }
      : {}),
    ...(config.DISCORD_TOKEN
      ? { discord: discordSender(config.DISCORD_TOKEN, config.DISCORD_API_ROOT, translator) }
      : {}),
  };
}

/** Linked Discord servers' scheduled events, when a Discord bot is configured. */
export function configuredScheduledEvents(
  config: Pick<DiscordConfig, "DISCORD_TOKEN" | "DISCORD_API_ROOT">,
): ScheduledEvents | undefined {
  return config.DISCORD_TOKEN
    ? discordScheduledEvents(config.DISCORD_TOKEN, config.DISCORD_API_ROOT)
    : undefined;
}

/**
 * The workers as a process runs them (`npm start`, `start:worker` and the tests that run either),
 * delivering through every messenger that has a token.
 */
export function startConfiguredWorkers(
  ctx: AppContext,
  config: WorkerProcessConfig,
  tuning: Partial<WorkerTuning> = {},
): Promise<void> {
  const messengers = {
    senders: configuredSenders(config, ctx.translator),
    events: configuredScheduledEvents(config),
  };
  return startWorkers(ctx, config, messengers, tuning);
}
