import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from "discord.js";
import { askedFields, type Command } from "../../conversation/command.js";
import { type Field, isTyped } from "../../conversation/fields.js";
import { type Language, languages } from "../../core/identity/types.js";
import type { Translator } from "../../i18n/translator.js";
import { typedLengthLimit } from "./definitions.js";

// A "form" is a Discord modal that fills several typed fields of one command at once. Its
// button and the modal itself carry `form|<command>|<language>|<field,field>`: the modal can be
// built without a database read, in the language of the message the button was on.

const FORM_PREFIX = "form";
/** Discord's limits: custom ids, modal titles, labels and top-level modal components. */
const MAX_CUSTOM_ID = 100;
const MAX_TITLE = 45;
const MAX_LABEL = 45;
export const MAX_FORM_FIELDS = 5;

export interface FormId {
  command: string;
  language: Language;
  fields: string[];
}

export function encodeFormId({ command, language, fields }: FormId): string {
  const names = fields.slice(0, MAX_FORM_FIELDS);
  const encode = () => `${FORM_PREFIX}|${command}|${language}|${names.join(",")}`;
  // Fields left out here are asked for by the dispatcher after the form is sent.
  while (encode().length > MAX_CUSTOM_ID && names.length > 1) names.pop();
  return encode();
}

/** Undefined for any custom id that is not a form (dispatcher buttons, forged ids). */
export function decodeFormId(customId: string): FormId | undefined {
  const [prefix, command, language, fields, ...extra] = customId.split("|");
  if (prefix !== FORM_PREFIX || !command || fields === undefined || extra.length > 0) return undefined;
  const known = languages.find((candidate) => candidate === language);
  return known && { command, language: known, fields: fields.split(",").filter(Boolean) };
}

/**
 * The typed fields a command would ask for when invoked bare, when a modal can ask all of them
 * at once: none is a choice (those are buttons), as with `/profile edit`. Empty otherwise.
 */
export function upFrontFormFields(command: Command): Field[] {
  const asked = askedFields(command);
  return asked.every(isTyped) ? asked.slice(0, MAX_FORM_FIELDS) : [];
}

function textInput(translator: Translator, language: Language, field: Field): TextInputBuilder {
  const multiline = field.kind === "text" && field.multiline;
  const input = new TextInputBuilder()
    .setCustomId(field.name)
    .setStyle(multiline ? TextInputStyle.Paragraph : TextInputStyle.Short)
    .setRequired(!field.optional)
    .setMaxLength(typedLengthLimit(field));
  if (field.kind === "place")
    input.setPlaceholder(translator.translate(language, "discord-place-placeholder"));
  return input;
}

/** The modal for a form id, or undefined when it names no command or none of its typed fields. */
export function buildFormModal(
  translator: Translator,
  commands: Command[],
  form: FormId,
): ModalBuilder | undefined {
  const command = commands.find((candidate) => candidate.name === form.command);
  const fields = command?.fields.filter((field) => isTyped(field) && form.fields.includes(field.name)) ?? [];
  if (!command || fields.length === 0) return undefined;
  const t = (key: string) => translator.translate(form.language, key);
  const description = t(command.descriptionKey);
  return new ModalBuilder()
    .setCustomId(encodeFormId({ ...form, fields: fields.map((field) => field.name) }))
    .setTitle(description.length <= MAX_TITLE ? description : t("discord-form-title"))
    .addLabelComponents(
      fields
        .slice(0, MAX_FORM_FIELDS)
        .map((field) =>
          new LabelBuilder()
            .setLabel(t(field.labelKey).slice(0, MAX_LABEL))
            .setTextInputComponent(textInput(translator, form.language, field)),
        ),
    );
}
