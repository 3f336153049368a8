import { REST, Routes } from "discord.js";
import { z } from "zod";
import type { Command } from "../../conversation/command.js";
import { allCommands } from "../../conversation/registry.js";
import { createTranslator } from "../../i18n/translator.js";
import { discordConfig } from "../../runtime/config.js";
import { buildCommandDefinitions } from "./definitions.js";

/** Registering commands needs the bot's token and application; the guild is optional. */
export const deployConfig = z.intersection(
  discordConfig,
  z.object({
    DISCORD_TOKEN: z.string({ error: "required to register slash commands" }),
    DISCORD_APPLICATION_ID: z.string({ error: "required to register slash commands" }),
  }),
);

export type DeployConfig = z.infer<typeof deployConfig>;

/**
 * Replaces the application's slash commands with the current ones (a PUT is idempotent). With
 * DISCORD_GUILD_ID only that server gets them, at once: handy while developing; global commands
 * can take a while to show up everywhere.
 */
export async function registerCommands(
  config: DeployConfig,
  commands: Command[] = allCommands,
): Promise<{ route: string; count: number }> {
  const rest = new REST(config.DISCORD_API_ROOT ? { api: config.DISCORD_API_ROOT } : {}).setToken(
    config.DISCORD_TOKEN,
  );
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
  const body = buildCommandDefinitions(commands, createTranslator());
  await rest.put(route, { body });
  return { route, count: body.length };
}
