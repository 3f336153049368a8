import { Client, Events, GatewayIntentBits, type Interaction } from "discord.js";
import type { AppContext } from "../../runtime/context.js";
import { withErrorBoundary } from "./error-boundary.js";
import { handleButton } from "./handlers/button.js";
import { handleFormSubmit } from "./handlers/form-submit.js";
import { handleMemberJoin } from "./handlers/member-join.js";
import { handleSlashCommand } from "./handlers/slash-command.js";

export interface DiscordBotOptions {
  token: string;
  /** Learn group members from people joining servers (the privileged Server Members intent). */
  memberJoins?: boolean;
  /** The REST base (`https://discord.com/api` by default); tests point it at a local stand-in. */
  apiRoot?: string;
}

/** One interaction, answered inside its own error boundary; settled once every reply is sent. */
export function handleInteraction(ctx: AppContext, interaction: Interaction): Promise<void> | undefined {
  const count = (kind: string) => ctx.metrics.updatesHandled.inc({ platform: "discord", kind });
  if (interaction.isChatInputCommand()) {
    count("command");
    return withErrorBoundary(ctx, interaction, () => handleSlashCommand(ctx, interaction));
  }
  if (interaction.isButton()) {
    count("button");
    return withErrorBoundary(ctx, interaction, () => handleButton(ctx, interaction));
  }
  if (interaction.isModalSubmit()) {
    count("form");
    return withErrorBoundary(ctx, interaction, () => handleFormSubmit(ctx, interaction));
  }
  // Autocomplete, menus and context-menu commands: this bot registers none of them.
  return undefined;
}

/**
 * A discord.js client answering slash commands, buttons and modals through the dispatcher. It
 * needs only the Guilds intent, as interactions arrive without privileged intents, unless it is to
 * learn group members from server joins. Commands are registered by `npm run discord:deploy`.
 */
export function createDiscordBot(ctx: AppContext, options: DiscordBotOptions): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, ...(options.memberJoins ? [GatewayIntentBits.GuildMembers] : [])],
    ...(options.apiRoot ? { rest: { api: options.apiRoot } } : {}),
  });
  client.rest.setToken(options.token);
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(ctx, interaction));
  if (options.memberJoins) client.on(Events.GuildMemberAdd, (member) => void handleMemberJoin(ctx, member));
  // Without an error listener an emitted "error" would throw and stop the process.
  client.on(Events.Error, (error) => ctx.logger.error({ err: error }, "discord client error"));
  client.on(Events.Warn, (message) => ctx.logger.warn({ discord: message }, "discord client warning"));
  return client;
}
