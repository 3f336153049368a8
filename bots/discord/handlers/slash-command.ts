import type { Attachment, ChatInputCommandInteraction } from "discord.js";
import type { Command } from "../../../conversation/command.js";
import type { CommandOptions } from "../../../conversation/dispatcher.js";
import type { PhotosField } from "../../../conversation/fields.js";
import { type PhotoFacts, photoProblem, type SentPhoto } from "../../../core/photo.js";
import { inspectPhoto } from "../../../core/photo-inspect.js";
import type { AppContext } from "../../../runtime/context.js";
import { findCommand, optionName, photoOptionNames } from "../definitions.js";
import { buildFormModal, upFrontFormFields } from "../forms.js";
import { dispatchAndRespond, languageOf } from "../respond.js";

/** Inside Discord's 3 seconds for an answer, with time left for the answer itself. */
const OPACITY_CHECK_MS = 1000;

/**
 * What an attachment is, from what Discord says of it, and for a PNG or WebP (which may be
 * transparent) from its pixels. A check that does not finish in time leaves opacity unknown:
 * the person is not kept waiting for a background.
 */
async function attachmentFacts(attachment: Attachment): Promise<PhotoFacts> {
  const declared = { type: attachment.contentType ?? "application/octet-stream", bytes: attachment.size };
  if (photoProblem(declared) || declared.type === "image/jpeg") return declared;
  try {
    const response = await fetch(attachment.url, { signal: AbortSignal.timeout(OPACITY_CHECK_MS) });
    if (!response.ok) return declared;
    return await inspectPhoto(Buffer.from(await response.arrayBuffer()), declared.type);
  } catch {
    return declared;
  }
}

/** Attached files, by their Discord CDN URL (served for about a day), each with its facts for the engine to check. */
function readPhotos(field: PhotosField, interaction: ChatInputCommandInteraction): Promise<SentPhoto[]> {
  const attachments = photoOptionNames(field).flatMap(
    (name) => interaction.options.getAttachment(name) ?? [],
  );
  return Promise.all(
    attachments.map(async (attachment) => ({
      platform: "discord" as const,
      ref: attachment.url,
      facts: await attachmentFacts(attachment),
    })),
  );
}

/** The options the person filled, by field name, as the dispatcher takes them. */
async function readOptions(
  command: Command,
  interaction: ChatInputCommandInteraction,
): Promise<CommandOptions> {
  const given = await Promise.all(
    command.fields.map(async (field): Promise<[string, string | SentPhoto[] | null]> => {
      if (field.kind !== "photos") return [field.name, interaction.options.getString(optionName(field))];
      const photos = await readPhotos(field, interaction);
      return [field.name, photos.length ? photos : null];
    }),
  );
  return Object.fromEntries(
    given.filter((entry): entry is [string, string | SentPhoto[]] => entry[1] !== null),
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
  const options = { ...(await readOptions(command, interaction)), ...answered };
  const fields = Object.keys(options).length === 0 ? upFrontFormFields(command) : [];
  const language = languageOf(interaction.locale);
  const form = { command: command.name, language, fields: fields.map((field) => field.name) };
  const modal = fields.length > 0 && buildFormModal(ctx.translator, commands, form);
  if (modal) return interaction.showModal(modal);
  return dispatchAndRespond(ctx, interaction, { kind: "command", name: command.name, options }, command.name);
}
