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
import { type RenderedButton, renderMessage } from "../../i18n/render.js";
import type { Translator } from "../../i18n/translator.js";
import type { OutgoingMessage, Sender, SendFailure } from "../../workers/notify/sender.js";
import { fitButtonRows } from "./button-rows.js";

const createdObject = z.object({ id: z.string().min(1) });

function actionRows(buttons: RenderedButton[][]) {
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
function cardBody({ text, buttons }: { text: string; buttons: RenderedButton[][] }) {
  return { embeds: [{ description: text }], components: actionRows(buttons) };
}

/**
 * Discord through discord.js's REST client, which waits out Discord's rate-limit headers itself.
 * A Discord account's chatId is the person's Discord user id; the DM channel is opened (or found,
 * Discord returns the existing one) right before sending. Messages arrive in no language yet;
 * `translator` puts them in their reader's.
 */
export function discordSender(token: string, apiRoot: string | undefined, translator: Translator): Sender {
  // No REST-level retries: BullMQ retries with backoff and counts the tries on the row, and a
  // retried POST whose first answer was lost could send the message twice.
  const rest = new REST({ version: "10", retries: 0, ...(apiRoot ? { api: apiRoot } : {}) }).setToken(token);
  const render = (message: OutgoingMessage) => renderMessage(translator, message.language, message);
  return {
    async send(userId, message) {
      const { text, buttons } = render(message);
      const channel = createdObject.parse(
        await rest.post(Routes.userChannels(), { body: { recipient_id: userId } }),
      );
      const components = buttons.length > 0 ? { components: actionRows(buttons) } : {};
      await rest.post(Routes.channelMessages(channel.id), { body: { content: text, ...components } });
    },
    async post(channelId, message) {
      const posted = await rest.post(Routes.channelMessages(channelId), { body: cardBody(render(message)) });
      return createdObject.parse(posted).id;
    },
    async edit(channelId, messageId, message) {
      await rest.patch(Routes.channelMessage(channelId, messageId), { body: cardBody(render(message)) });
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
