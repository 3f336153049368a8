import type { DiscordConfig } from "../../runtime/config.js";
import type { AppContext } from "../../runtime/context.js";
import { createDiscordBot } from "./bot.js";

/**
 * Connects the Discord bot to the gateway and closes it on shutdown. Used by this front door's
 * own process (main.ts) and by any process that runs several front doors.
 */
export async function startDiscord(
  ctx: AppContext,
  config: DiscordConfig & { DISCORD_TOKEN: string },
): Promise<void> {
  const client = createDiscordBot(ctx, {
    token: config.DISCORD_TOKEN,
    memberJoins: config.DISCORD_MEMBER_JOINS === "1",
    ...(config.DISCORD_API_ROOT ? { apiRoot: config.DISCORD_API_ROOT } : {}),
  });
  // Registered before logging in, so a login that fails half-way is still cleaned up.
  ctx.shutdown.add("discord client", () => client.destroy());
  await client.login(config.DISCORD_TOKEN);
  ctx.logger.info({ user: client.user?.tag }, "discord bot connected");
}
