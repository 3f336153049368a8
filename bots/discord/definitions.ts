import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandAttachmentOption,
  SlashCommandBuilder,
  SlashCommandStringOption,
  SlashCommandSubcommandBuilder,
} from "discord.js";
import type { Command } from "../../conversation/command.js";
import {
  type ChoiceField,
  type Field,
  MAX_INPUT_LENGTH,
  type PhotosField,
} from "../../conversation/fields.js";
import type { Language } from "../../core/identity/types.js";
import type { Translator } from "../../i18n/translator.js";

// Slash commands are registered by `npm run discord:deploy`, never at bot start-up: Discord
// rate-limits registration, and many bot instances starting at once would each register.

/** Coordinates plus a label of at most 60 characters fit well within this. */
const PLACE_TEXT_MAX = 100;

/** Longest text Discord lets a person type for a field (slash-command option or modal input). */
export function typedLengthLimit(field: Field): number {
  if (field.kind === "text") return field.maxLength;
  return field.kind === "place" ? PLACE_TEXT_MAX : MAX_INPUT_LENGTH;
}

/** Discord option names must be lower case, so `timeZone` is offered as `time_zone`. */
export function optionName(field: Field): string {
  return field.name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** How Discord users type a command: `/help`, or `/profile edit` for a subcommand. */
export function spellCommand(command: Command): string {
  const sub = command.discordSubcommand;
  return sub ? `/${sub.parent} ${sub.name}` : `/${command.name}`;
}

/** The choice field whose options are the command's subcommands on Discord (`/workout now|plan|goal`). */
function subcommandField(command: Command): ChoiceField | undefined {
  const field = command.fields.find((candidate) => candidate.name === command.discordSubcommandsOf);
  return field?.kind === "choice" ? field : undefined;
}

/**
 * The command behind a slash-command invocation (`/profile` + `edit` → `profile_edit`), and the
 * answer its subcommand gives (`/workout` + `now` → `workout` with `mode` now).
 */
export function findCommand(
  commands: Command[],
  name: string,
  subcommand: string | null,
): { command: Command; answered: Record<string, string> } | undefined {
  for (const command of commands) {
    const sub = command.discordSubcommand;
    const choice = subcommandField(command);
    if (choice && command.name === name && choice.options.some((option) => option.value === subcommand)) {
      return { command, answered: { [choice.name]: subcommand ?? "" } };
    }
    const matches = sub
      ? sub.parent === name && sub.name === subcommand
      : !subcommand && command.name === name;
    if (matches && !choice) return { command, answered: {} };
  }
  return undefined;
}

/** A message in both catalogs; a key missing from either stops the deploy instead of showing the key. */
function both(translator: Translator, key: string): Record<Language, string> {
  for (const language of ["en", "ko"] as const) {
    if (!translator.has(language, key)) throw new Error(`i18n/${language} lacks "${key}"`);
  }
  return { en: translator.translate("en", key), ko: translator.translate("ko", key) };
}

function optionDescription(translator: Translator, field: Field): Record<Language, string> {
  if (field.kind !== "list" && field.kind !== "place") return both(translator, field.labelKey);
  const label = both(translator, field.labelKey);
  const key = `discord-option-${field.kind}`;
  return {
    en: translator.translate("en", key, { field: label.en }),
    ko: translator.translate("ko", key, { field: label.ko }),
  };
}

// Every option is optional, even for required fields: the dispatcher asks for whatever is
// missing, which lets `/start` greet a newcomer with buttons instead of a bare option picker.
function fieldOption(translator: Translator, field: Field): SlashCommandStringOption {
  const description = optionDescription(translator, field);
  const option = new SlashCommandStringOption()
    .setName(optionName(field))
    .setDescription(description.en)
    .setDescriptionLocalizations({ ko: description.ko })
    .setRequired(false);
  if (field.kind !== "choice") return option.setMaxLength(typedLengthLimit(field));
  return option.addChoices(
    ...field.options.map((choice) => {
      const name = both(translator, choice.labelKey);
      return { name: name.en, name_localizations: { ko: name.ko }, value: choice.value };
    }),
  );
}

/** A photos field is offered as attachment options `photo1`…`photoN`, the others as one text option each. */
export function photoOptionNames(field: PhotosField): string[] {
  return Array.from({ length: field.max }, (_, index) => `photo${index + 1}`);
}

function addFieldOptions(
  builder: SlashCommandBuilder | SlashCommandSubcommandBuilder,
  translator: Translator,
  field: Field,
): void {
  if (field.kind !== "photos") {
    builder.addStringOption(fieldOption(translator, field));
    return;
  }
  photoOptionNames(field).forEach((name, index) => {
    const description = {
      en: translator.translate("en", "discord-option-photo", { n: index + 1 }),
      ko: translator.translate("ko", "discord-option-photo", { n: index + 1 }),
    };
    builder.addAttachmentOption(
      new SlashCommandAttachmentOption()
        .setName(name)
        .setDescription(description.en)
        .setDescriptionLocalizations({ ko: description.ko })
        .setRequired(false),
    );
  });
}

function subcommand(translator: Translator, command: Command): SlashCommandSubcommandBuilder {
  const description = both(translator, command.descriptionKey);
  const builder = new SlashCommandSubcommandBuilder()
    .setName(command.discordSubcommand?.name ?? command.name)
    .setDescription(description.en)
    .setDescriptionLocalizations({ ko: description.ko });
  for (const field of command.fields) addFieldOptions(builder, translator, field);
  return builder;
}

/** One subcommand per option of the choice field, each with the command's other fields as options. */
function choiceSubcommands(translator: Translator, command: Command, choice: ChoiceField) {
  return choice.options.map((option) => {
    const description = both(translator, option.labelKey);
    const builder = new SlashCommandSubcommandBuilder()
      .setName(option.value)
      .setDescription(description.en)
      .setDescriptionLocalizations({ ko: description.ko });
    for (const field of command.fields.filter((other) => other !== choice)) {
      addFieldOptions(builder, translator, field);
    }
    return builder;
  });
}

function topLevel(translator: Translator, name: string, members: Command[]): SlashCommandBuilder {
  const [single] = members;
  const plain = members.length === 1 && single && !single.discordSubcommand ? single : undefined;
  if (!plain && members.some((member) => !member.discordSubcommand)) {
    throw new Error(`/${name} is both a command and the parent of subcommands`);
  }
  const choice = plain && subcommandField(plain);
  const description = both(translator, plain ? plain.descriptionKey : `discord-group-${name}`);
  const builder = new SlashCommandBuilder()
    .setName(name)
    .setDescription(description.en)
    .setDescriptionLocalizations({ ko: description.ko })
    // Usable in servers, in the bot's DMs and (when installed to a user) in private channels.
    .setContexts(
      InteractionContextType.Guild,
      InteractionContextType.BotDM,
      InteractionContextType.PrivateChannel,
    )
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall);
  if (plain && choice)
    for (const sub of choiceSubcommands(translator, plain, choice)) builder.addSubcommand(sub);
  else if (plain) for (const field of plain.fields) addFieldOptions(builder, translator, field);
  else for (const member of members) builder.addSubcommand(subcommand(translator, member));
  return builder;
}

/** The slash commands to register: listed commands, and the subcommands grouped under parents. */
export function buildCommandDefinitions(
  commands: Command[],
  translator: Translator,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const groups = new Map<string, Command[]>();
  for (const command of commands.filter((c) => c.listed || c.discordSubcommand)) {
    const name = command.discordSubcommand?.parent ?? command.name;
    groups.set(name, [...(groups.get(name) ?? []), command]);
  }
  return [...groups].map(([name, members]) => topLevel(translator, name, members).toJSON());
}
