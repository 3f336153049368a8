import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  DiscordAPIError,
  HTTPError,
  REST,
  Routes,
} from "discord.js";
import { z } from "zod";
import { fitButtonRows } from "../../../bots/discord/button-rows.js";
import type { Sender, SendFailure, SentButton } from "./sender.js";

const createdObject = z.object({ id: z.string().min(1) });

function actionRows(buttons: SentButton[][]) {
  return fitButtonRows(buttons).map((row) =>
    new ActionRowBuilder<ButtonBuilder>()
      .addComponents(
        row.map((button) =>
          new ButtonBuilder()
            .setCustomId(button.action)
            .setLabel(button.label)
            .setStyle(ButtonStyle.Secondary),
        ),
      )
      .toJSON(),
  );
}

/**
 * A board card as an embed, whose 4096 characters hold a full card (a message's content stops at
 * 2000). Components always, so an edit to a card without buttons removes them.
 */
function cardBody(text: string, buttons: SentButton[][]) {
  return { embeds: [{ description: text }], components: actionRows(buttons) };
}

/**
 * Discord through discord.js's REST client, which waits out Discord's rate-limit headers itself.
 * A Discord account's chatId is the person's Discord user id; the DM channel is opened (or found,
 * Discord returns the existing one) right before sending.
 */
export function discordSender(token: string, apiRoot: string | undefined): Sender {
  // No REST-level retries: BullMQ retries with backoff and counts the tries on the row, and a
  // retried POST whose first answer was lost could send the message twice.
  const rest = new REST({ version: "10", retries: 0, ...(apiRoot ? { api: apiRoot } : {}) }).setToken(token);
  return {
    async send(userId, text, buttons = []) {
      const channel = createdObject.parse(
        await rest.post(Routes.userChannels(), { body: { recipient_id: userId } }),
      );
      const components = buttons.length > 0 ? { components: actionRows(buttons) } : {};
      await rest.post(Routes.channelMessages(channel.id), { body: { content: text, ...components } });
    },
    async post(channelId, text, buttons = []) {
      const message = await rest.post(Routes.channelMessages(channelId), { body: cardBody(text, buttons) });
      return createdObject.parse(message).id;
    },
    async edit(channelId, messageId, text, buttons = []) {
      await rest.patch(Routes.channelMessage(channelId, messageId), { body: cardBody(text, buttons) });
    },
    classify: classifyDiscordError,
  };
}

export function classifyDiscordError(error: unknown): SendFailure {
  if (error instanceof DiscordAPIError) {
    // Not the whole error: it carries the request body (the text) and the URL (the channel).
    const reason = `discord ${error.status} ${error.code}: ${error.message}`;
    // 403: DMs closed or no shared server (50007); 404: unknown user; 400: a message Discord refuses.
    if ([400, 403, 404].includes(error.status)) return { kind: "permanent", reason };
    return { kind: "transient", reason };
  }
  if (error instanceof HTTPError)
    return { kind: "transient", reason: `discord ${error.status}: ${error.message}` };
  return { kind: "transient", reason: `discord: ${error instanceof Error ? error.name : "unknown error"}` };
}
