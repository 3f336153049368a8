import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
} from "discord.js";
import type { Input } from "../../conversation/dispatcher.js";
import type { ChatRef } from "../../core/boards/types.js";
import type { RegisterAccountInput } from "../../core/identity/mutations.js";
import type { Language } from "../../core/identity/types.js";
import type { AppContext } from "../../runtime/context.js";
import { within } from "../../runtime/within.js";
import { renderReply } from "./render.js";

/** The interactions this bot answers; each can be deferred, edited and followed up. */
export type AnsweredInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** Discord's locale decides only until the person picks a language; Korean is the default. */
export function languageOf(locale: string): Language {
  return locale.startsWith("en") ? "en" : "ko";
}

/**
 * Replies show personal data (profiles, link codes), so anywhere but the bot's own DM they are
 * ephemeral: only the person who asked sees them.
 */
export function privacyFlags(interaction: AnsweredInteraction) {
  return interaction.context === InteractionContextType.BotDM ? undefined : MessageFlags.Ephemeral;
}

export function identityOf(interaction: AnsweredInteraction): RegisterAccountInput {
  const { user } = interaction;
  return {
    platform: "discord",
    externalId: user.id,
    // The notification worker opens the DM channel for this user id itself.
    chatId: user.id,
    // Only the name the person chose to show: the username is their handle, which is shared
    // only when they agree (relay chats). Without one, core gives a neutral name.
    displayName: user.globalName ?? undefined,
    language: interaction.locale,
    handle: user.username,
  };
}

/** The channel the interaction came from; in a server, whether the person may manage it (boards need both). */
export function chatOf(interaction: AnsweredInteraction): ChatRef | undefined {
  const id = interaction.channelId;
  if (!id) return undefined;
  if (!interaction.inGuild()) return { id, kind: "private", canManage: false };
  const canManage = interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false;
  return { id, kind: "group", canManage, guildId: interaction.guildId };
}

/**
 * Discord waits 3 s for an interaction's first answer. An outcome ready well before that is the
 * answer itself; a slower one is deferred ("thinking…") and edited in. Answering at once is one
 * REST call instead of two, and the only one Discord and discord.js leave out of the bot's global
 * limit of 50 requests a second: deferring every interaction held the bot to about 50 a second
 * (bench:discord).
 */
const ANSWER_AT_ONCE_MS = 1500;

/**
 * Hands the input to the dispatcher and sends its replies: the first as the interaction's answer
 * (at once, or deferred and edited in when the outcome is slow), the rest as follow-ups.
 */
export async function dispatchAndRespond(
  ctx: AppContext,
  interaction: AnsweredInteraction,
  input: Input,
  label: string,
): Promise<void> {
  const flags = privacyFlags(interaction);
  const stopTimer = ctx.metrics.commandSeconds.startTimer({ platform: "discord", command: label });
  // Every answer here is the person's alone: the bot's DM, or ephemeral in a server.
  const pending = ctx.dispatcher.handle(identityOf(interaction), {
    ...input,
    chat: chatOf(interaction),
    readBy: "person",
  });
  let outcome = await within(pending, ANSWER_AT_ONCE_MS);
  if (!outcome) {
    await interaction.deferReply(flags ? { flags } : {});
    outcome = await pending;
  }
  const { language, replies } = outcome;
  const messages = replies.map((reply) =>
    renderReply(ctx.translator, language, ctx.dispatcher.commands, reply),
  );
  stopTimer();
  const [first, ...rest] = messages;
  // Nothing to say still needs an answer, or Discord shows the interaction as failed.
  if (!first && !interaction.deferred) await interaction.deferReply(flags ? { flags } : {});
  if (!first) return void (await interaction.deleteReply());
  if (interaction.deferred) await interaction.editReply(first);
  else await interaction.reply(flags ? { ...first, flags } : first);
  for (const message of rest) await interaction.followUp(flags ? { ...message, flags } : message);
}
