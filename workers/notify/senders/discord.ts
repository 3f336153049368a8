import { DiscordAPIError, HTTPError, REST, Routes } from "discord.js";
import { z } from "zod";
import type { Sender, SendFailure } from "./sender.js";

const dmChannel = z.object({ id: z.string().min(1) });

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
    async send(userId, text) {
      const channel = dmChannel.parse(
        await rest.post(Routes.userChannels(), { body: { recipient_id: userId } }),
      );
      await rest.post(Routes.channelMessages(channel.id), { body: { content: text } });
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
