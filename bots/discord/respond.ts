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
 * Acknowledges at once (Discord allows 3 s), hands the input to the dispatcher, and sends its
 * replies: the first as the deferred reply, the rest as follow-ups.
 */
export async function dispatchAndRespond(
  ctx: AppContext,
  interaction: AnsweredInteraction,
  input: Input,
  label: string,
): Promise<void> {
  const flags = privacyFlags(interaction);
  await interaction.deferReply(flags ? { flags } : {});
  const stopTimer = ctx.metrics.commandSeconds.startTimer({ platform: "discord", command: label });
  // Every answer here is the person's alone: the bot's DM, or ephemeral in a server.
  const outcome = await ctx.dispatcher.handle(identityOf(interaction), {
    ...input,
    chat: chatOf(interaction),
    readBy: "person",
  });
  const messages = outcome.replies.map((reply) =>
    renderReply(ctx.translator, outcome.language, ctx.dispatcher.commands, reply),
  );
  stopTimer();
  const [first, ...rest] = messages;
  if (!first) return void (await interaction.deleteReply());
  await interaction.editReply(first);
  for (const message of rest) await interaction.followUp(flags ? { ...message, flags } : message);
}
