import type { ChatInputCommandInteraction } from "discord.js";
import type { Command } from "../../../conversation/command.js";
import type { CommandOptions } from "../../../conversation/dispatcher.js";
import type { PhotosField } from "../../../conversation/fields.js";
import type { PhotoRef } from "../../../core/photo.js";
import type { AppContext } from "../../../runtime/context.js";
import { findCommand, optionName, photoOptionNames } from "../definitions.js";
import { buildFormModal, upFrontFormFields } from "../forms.js";
import { dispatchAndRespond, languageOf } from "../respond.js";

/** Attached photos, by their Discord CDN URL (which Discord serves for about a day). */
function readPhotos(field: PhotosField, interaction: ChatInputCommandInteraction): PhotoRef[] {
  return photoOptionNames(field).flatMap((name) => {
    const attachment = interaction.options.getAttachment(name);
    return attachment?.contentType?.startsWith("image/")
      ? [{ platform: "discord" as const, ref: attachment.url }]
      : [];
  });
}

/** The options the person filled, by field name, as the dispatcher takes them. */
function readOptions(command: Command, interaction: ChatInputCommandInteraction): CommandOptions {
  const given = command.fields.map((field): [string, string | PhotoRef[] | null] => {
    if (field.kind !== "photos") return [field.name, interaction.options.getString(optionName(field))];
    const photos = readPhotos(field, interaction);
    return [field.name, photos.length ? photos : null];
  });
  return Object.fromEntries(
    given.filter((entry): entry is [string, string | PhotoRef[]] => entry[1] !== null),
  );
}

/**
 * `/name [options]` → the dispatcher. A bare command whose questions are all typed text (such as
 * `/profile edit`) opens its modal straight away instead of asking one question at a time.
 */
export async function handleSlashCommand(ctx: AppContext, interaction: ChatInputCommandInteraction) {
  const { commands } = ctx.dispatcher;
  const subcommand = interaction.options.getSubcommand(false);
  const found = findCommand(commands, interaction.commandName, subcommand);
  if (!found) {
    // Left registered by an older deploy: the dispatcher answers with the current commands.
    const name = [interaction.commandName, subcommand].filter(Boolean).join(" ");
    return dispatchAndRespond(ctx, interaction, { kind: "command", name }, "unknown");
  }
  const { command, answered } = found;
  const options = { ...readOptions(command, interaction), ...answered };
  const fields = Object.keys(options).length === 0 ? upFrontFormFields(command) : [];
  const language = languageOf(interaction.locale);
  const form = { command: command.name, language, fields: fields.map((field) => field.name) };
  const modal = fields.length > 0 && buildFormModal(ctx.translator, commands, form);
  if (modal) return interaction.showModal(modal);
  return dispatchAndRespond(ctx, interaction, { kind: "command", name: command.name, options }, command.name);
}
