import type { z } from "zod";
import { buttonArguments } from "../core/actions/codec.js";
import type { ChatRef } from "../core/boards/types.js";
import type { CarpoolSettings } from "../core/carpool/settings.js";
import type { Database } from "../core/db/client.js";
import { AppError, type ErrorCode, isAppError } from "../core/errors.js";
import type { FieldCipher } from "../core/identity/pii.js";
import type { AccountRef, Profile } from "../core/identity/types.js";
import type { RoomLinkMaker } from "../core/workouts/types.js";
import type { Field } from "./fields.js";
import { type Reply, reply } from "./reply.js";

export interface CommandContext {
  db: Database;
  /** Seals e-mail addresses and phone numbers before they are stored. */
  pii: FieldCipher;
  /** The carpool's rules (core/carpool/settings.ts). */
  carpool: CarpoolSettings;
  /** The web front door as people reach it (PUBLIC_URL), for the addresses commands hand out. */
  publicUrl: string;
  /** Makes a person's own link to a video room (the Jitsi adapter); undefined where none is set up. */
  roomLinks: RoomLinkMaker | undefined;
  /** The accounts that take 1:1 video checks (VIDEO_CHECK_OPERATORS). */
  videoCheckOperators: readonly AccountRef[];
  profile: Profile;
  account: AccountRef;
  /** Where the command was typed, when its messenger has shared chats; undefined otherwise (playground). */
  chat: ChatRef | undefined;
  /** The command whose unfinished dialog this one replaced, if any. */
  interrupted: string | undefined;
  now: Date;
  /** Names of the commands shown in /help and menus. */
  listed: string[];
}

/** What a command answers: replies, one more question (see Ask), or replies and the changed person. */
export type CommandResult = Reply | Reply[] | Ask | PersonChanged;

/**
 * The answer of a command that changed the person and has them as they are now (it wrote and read
 * them back): the dispatcher renders with this person instead of reading them again.
 */
export interface PersonChanged {
  replies: Reply[];
  person: Profile;
}

export const personChanged = (person: Profile, replies: Reply[]): PersonChanged => ({ replies, person });

/**
 * A command, defined once for every messenger. Its fields are the typed arguments; a front door
 * fills them from slash-command options, a modal, typed text, buttons or a shared location, and
 * the dialog engine asks for whatever is still missing.
 */
export interface CommandDefinition<Args> {
  name: string;
  descriptionKey: string;
  /** Listed in /help and the messengers' command menus. */
  listed: boolean;
  /** On Discord, registered as a subcommand (`/profile edit`) rather than a command of its own. */
  discordSubcommand?: { parent: string; name: string };
  /**
   * On Discord, one subcommand per option of this choice field (`/workout now|plan|goal`): picking
   * the subcommand answers the field, and the command's other fields are its options.
   */
  discordSubcommandsOf?: string;
  fields: Field[];
  /** Ask for optional fields too, each with a skip button (onboarding). */
  askOptional?: boolean;
  /** Which field the words after the command fill (`/link ABCD-EFGH`). */
  textArgument?: string;
  /**
   * Runs where everyone in a shared chat reads the answer (a Telegram group or channel): the
   * commands that set the chat itself up. Any other answer can hold one person's own things (a
   * check-in code, a calendar address, who is going where), so there it is refused.
   */
  sharedChat?: boolean;
  /** Refuses the person before anything is asked (a ride needs a verified person). */
  precondition?: (profile: Profile) => void;
  /**
   * Refuses, before the first question, with what only the database knows (a ride already live),
   * so no one answers questions for a command that cannot finish. The dialog engine does no I/O,
   * so it hands this to the dispatcher as a run that asks the first question once it passes.
   */
  precheck?: (ctx: CommandContext) => Promise<void>;
  /**
   * Changes the person (language, profile, a link that merges accounts): their profile is read
   * again after it, unless the command answers with them (PersonChanged).
   */
  changesPerson?: boolean;
  schema: z.ZodType<Args>;
  run(ctx: CommandContext, args: Args): Promise<CommandResult>;
}

/** A command as the registry holds it: its arguments are checked by its own schema when it runs. */
export interface Command extends Omit<CommandDefinition<unknown>, "schema" | "run"> {
  /**
   * What a button may carry, by name (an item's id, a page, a search's filters), as the table of
   * actions says (core/actions/table.ts): nothing else a button says is taken, so a crafted one
   * cannot answer a question such as "are you sure?". A preset that names a field is read as that
   * field; any other is taken as given and checked by `schema`.
   */
  presets: readonly string[];
  run(ctx: CommandContext, answers: Readonly<Record<string, unknown>>): Promise<CommandResult>;
}

/**
 * A command's answer when it needs one more field before it can finish, such as "send anyway?"
 * after a warning: the dispatcher keeps the arguments so far and asks for that field.
 */
export interface Ask {
  ask: string;
  notice?: Reply;
}

export function askFor(field: string, notice?: Reply): Ask {
  return notice ? { ask: field, notice } : { ask: field };
}

/**
 * Runs `attempt`; when it is refused with one of `codes` (a wrong code, someone else's contact, a
 * time already past), says why and asks for `field` again in the same dialog instead of ending it.
 */
export async function askAgainWhen(
  codes: ErrorCode | readonly ErrorCode[],
  field: string,
  attempt: () => Promise<Reply | Reply[]>,
): Promise<Reply | Reply[] | Ask> {
  try {
    return await attempt();
  } catch (error) {
    if (!isAppError(error) || !([] as ErrorCode[]).concat(codes).includes(error.code)) throw error;
    return askFor(field, reply(`error-${error.code}`, error.params));
  }
}

export function isAsk(result: CommandResult): result is Ask {
  return "ask" in result;
}

function isPersonChanged(result: CommandResult): result is PersonChanged {
  return "person" in result;
}

/** The replies of a finished command, and the person it changed if it said so. */
export function finished(result: Reply | Reply[] | PersonChanged): { replies: Reply[]; person?: Profile } {
  if (Array.isArray(result)) return { replies: result };
  return isPersonChanged(result) ? result : { replies: [result] };
}

/**
 * The fields the dispatcher asks for when they are not given: required ones, optional ones too
 * with askOptional, each only where the answers so far make it apply.
 */
export function askedFields(command: Command, answers: Readonly<Record<string, unknown>> = {}): Field[] {
  return command.fields.filter(
    (field) => (!field.optional || command.askOptional) && (field.appliesWhen?.(answers) ?? true),
  );
}

/**
 * A command whose `run` gets its arguments typed by its schema. The answers were read field by
 * field already; what the schema still refuses is a preset a button carried (a tampered id).
 */
export function defineCommand<Args>({ schema, run, ...command }: CommandDefinition<Args>): Command {
  return {
    ...command,
    presets: buttonArguments(command.name),
    run(ctx, answers) {
      const parsed = schema.safeParse(answers);
      if (!parsed.success) throw new AppError("invalid-input");
      return run(ctx, parsed.data);
    },
  };
}
