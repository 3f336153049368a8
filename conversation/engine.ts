import { decodeAction } from "../core/actions/codec.js";
import type { ChatRef } from "../core/boards/types.js";
import type { CarpoolSettings } from "../core/carpool/settings.js";
import { AppError, isAppError } from "../core/errors.js";
import type { Profile } from "../core/identity/types.js";
import {
  type PhotoFacts,
  type PhotoRef,
  photoProblem,
  photoRefSchema,
  type SentPhoto,
} from "../core/photo.js";
import { isBlank } from "../core/text/clean.js";
import { askedFields, askFor, type Command, type CommandResult, finished, isAsk } from "./command.js";
import type { DialogState } from "./dialogs.js";
import {
  type Answer,
  type Field,
  type FieldContext,
  type GeocodedPlaces,
  isTyped,
  MAX_INPUT_LENGTH,
  type PhotosField,
  readAnswer,
} from "./fields.js";
import { answeredInShared, type CommandOptions, cleanInput, type Input } from "./input.js";
import { errorReply, helpReply, promptReply } from "./prompts.js";
import { type Reply, reply, text } from "./reply.js";

// The dialog engine: one input in, what to answer and what to remember out. It does no I/O: the
// dispatcher (dispatcher.ts) loads the dialog and the person, runs the command this asks for and
// saves what it says, once.

/** Every command by name, and the ones /help lists. */
export interface CommandBook {
  byName: ReadonlyMap<string, Command>;
  listed: readonly string[];
}

export function commandBook(commands: readonly Command[]): CommandBook {
  return {
    byName: new Map(commands.map((command) => [command.name, command])),
    listed: commands.filter((command) => command.listed).map((command) => command.name),
  };
}

export interface StepContext {
  book: CommandBook;
  profile: Profile;
  now: Date;
  carpool: CarpoolSettings;
  /** What the dispatcher's geocoder found for the words `placeWords` named. */
  places?: GeocodedPlaces;
}

/** What is known of a command's arguments, and which optional questions were passed over. */
export interface Answers {
  args: Record<string, unknown>;
  skipped: string[];
}

/** What becomes of the stored dialog: as it was, this one, or none. */
export type DialogChange = { kind: "keep" } | { kind: "set"; state: DialogState } | { kind: "clear" };

const KEEP: DialogChange = { kind: "keep" };
const CLEAR: DialogChange = { kind: "clear" };

/** A command with every answer it needs, for the dispatcher to run and hand back to `afterRun`. */
export interface PendingRun {
  command: Command;
  answers: Answers;
  /** The command whose unfinished dialog this one replaced. */
  interrupted: string | undefined;
  chatId: string | undefined;
  /** Set when the run is the command's precheck, which asks this question once it passes. */
  precheckThenAsk?: string;
}

export interface Step {
  replies: Reply[];
  dialog: DialogChange;
  run?: PendingRun;
}

/** Where named values come from decides which of them count (see readNamed). */
type Source = "options" | "button" | "form";

const NO_ANSWERS: Answers = { args: {}, skipped: [] };

function only(replies: Reply[], dialog: DialogChange = KEEP): Step {
  return { replies, dialog };
}

function fieldOf(command: Command, name: string): Field | undefined {
  return command.fields.find((field) => field.name === name);
}

function missingFields(command: Command, { args, skipped }: Answers): Field[] {
  return askedFields(command, args).filter((field) => !(field.name in args) && !skipped.includes(field.name));
}

function fieldContext(ctx: StepContext, answers: Answers): FieldContext {
  return {
    now: ctx.now,
    timeZone: ctx.profile.timeZone,
    carpool: ctx.carpool,
    answers: answers.args,
    ...(ctx.places ? { places: ctx.places } : {}),
  };
}

function isPhoto(value: Answer | PhotoRef): value is PhotoRef {
  return typeof value === "object" && "ref" in value;
}

function awaiting(
  command: Command,
  answers: Answers,
  field: Field,
  chatId: string | undefined,
): DialogChange {
  return { kind: "set", state: { command: command.name, ...answers, awaiting: field.name, chatId } };
}

/** Asks the next missing question, or hands the command over to be run once nothing is missing. */
function proceed(
  command: Command,
  answers: Answers,
  interrupted: string | undefined,
  chatId: string | undefined,
) {
  const missing = missingFields(command, answers);
  const [next] = missing;
  if (next) return only([promptReply(command, missing)], awaiting(command, answers, next, chatId));
  return { replies: [], dialog: CLEAR, run: { command, answers, interrupted, chatId } };
}

/**
 * A command with a precheck starts by running it (it reads the database, which the engine does
 * not): the dispatcher runs it as the command, and when it passes it asks `first` (afterRun).
 * A refusal is a reply that leaves any earlier dialog as it was.
 */
function prechecked(
  command: Command,
  precheck: NonNullable<Command["precheck"]>,
  answers: Answers,
  first: Field,
  interrupted: string | undefined,
  chatId: string | undefined,
): Step {
  const checking: Command = {
    ...command,
    async run(ctx) {
      await precheck(ctx);
      return askFor(first.name);
    },
  };
  return {
    replies: [],
    dialog: KEEP,
    run: { command: checking, answers, interrupted, chatId, precheckThenAsk: first.name },
  };
}

/** Says why the answer was refused and asks the same question again; nothing else changes. */
function refuse(command: Command, field: Field, error: AppError): Step {
  return only([errorReply(error), promptReply(command, [field])]);
}

/** Photos given up front (Discord's attachments): each checked by its facts, which are then dropped. */
function givenPhotos(field: Field, photos: SentPhoto[]): PhotoRef[] {
  if (field.kind !== "photos") throw new AppError("invalid-input", { field: field.labelKey });
  if (photos.length > field.max) throw new AppError("too-many-photos", { max: field.max });
  return photos.map(({ facts, ...photo }) => {
    const problem = facts && photoProblem(facts);
    if (problem) throw problem;
    return photo;
  });
}

/**
 * Whether a named value may fill `name`: a button only what it was made to carry (its presets), a
 * modal only typed fields, slash-command options and typed words any field.
 */
function accepts(command: Command, name: string, source: Source): boolean {
  const field = fieldOf(command, name);
  if (source === "button") return command.presets.includes(name);
  if (source === "form") return field !== undefined && isTyped(field);
  return field !== undefined;
}

interface Named {
  answers: Answers;
  /** The first value refused, whose question is asked again. */
  refused?: { field: Field; error: AppError };
}

/** Reads named values in the command's field order, so each is judged against those before it. */
function readNamed(
  command: Command,
  values: CommandOptions,
  source: Source,
  base: Answers,
  ctx: StepContext,
): Named {
  const answers: Answers = { args: { ...base.args }, skipped: [...base.skipped] };
  let refused: Named["refused"];
  const order = [...command.fields.map((field) => field.name), ...command.presets];
  for (const name of order.filter((candidate, index) => order.indexOf(candidate) === index)) {
    const raw = values[name];
    if (raw === undefined || !accepts(command, name, source)) continue;
    const field = fieldOf(command, name);
    if (!field) {
      answers.args[name] = raw;
      continue;
    }
    try {
      if (Array.isArray(raw)) answers.args[name] = givenPhotos(field, raw);
      else if (isBlank(raw) && field.optional) answers.skipped.push(name);
      else answers.args[name] = readAnswer(field, raw, fieldContext(ctx, answers));
    } catch (error) {
      if (!isAppError(error)) throw error;
      refused ??= { field, error };
    }
  }
  return refused ? { answers, refused } : { answers };
}

/** The stored dialog, when an input from `chat` may continue it: only from the chat it began in. */
function sameChat(dialog: DialogState | undefined, chat: ChatRef | undefined): boolean {
  return dialog !== undefined && dialog.chatId === chat?.id;
}

/** The question the dialog awaits, when an input from `chat` would answer it. */
function awaitedField(
  dialog: DialogState | undefined,
  chat: ChatRef | undefined,
  book: CommandBook,
): Field | undefined {
  if (!dialog || !sameChat(dialog, chat)) return undefined;
  const command = book.byName.get(dialog.command);
  return command && fieldOf(command, dialog.awaiting);
}

function start(
  dialog: DialogState | undefined,
  input: Input,
  name: string,
  values: CommandOptions,
  source: Source,
  ctx: StepContext,
): Step {
  const command = ctx.book.byName.get(name);
  if (!command)
    return only([helpReply(source === "options" ? "unknown-command" : "stale-button", ctx.book.listed)]);
  if (!command.sharedChat && answeredInShared(input)) return only([reply("error-private-chat-only")]);
  command.precondition?.(ctx.profile);
  // A modal may fill in what the same command's dialog asked so far; anything else starts afresh.
  const continues = source === "form" && dialog?.command === name && sameChat(dialog, input.chat);
  const base = continues && dialog ? { args: dialog.args, skipped: dialog.skipped } : NO_ANSWERS;
  const { answers, refused } = readNamed(command, values, source, base, ctx);
  const chatId = input.chat?.id;
  if (refused) {
    return {
      replies: [errorReply(refused.error), promptReply(command, [refused.field])],
      dialog: awaiting(command, answers, refused.field, chatId),
    };
  }
  const interrupted = continues ? undefined : dialog?.command;
  const [first] = missingFields(command, answers);
  if (command.precheck && first && !continues)
    return prechecked(command, command.precheck, answers, first, interrupted, chatId);
  return proceed(command, answers, interrupted, chatId);
}

/** Photos arrive one per message: each is kept and the same question stays open until Done. */
function addPhoto(
  command: Command,
  dialog: DialogState,
  field: PhotosField,
  photo: PhotoRef,
  facts: PhotoFacts | undefined,
): Step {
  // What was sent decides first: a HEIC the page could not draw comes with facts and no picture.
  const problem = facts && photoProblem(facts);
  if (problem) return refuse(command, field, problem);
  if (!photoRefSchema.safeParse(photo).success) {
    return refuse(command, field, new AppError("invalid-input", { field: field.labelKey }));
  }
  const photos = [...((dialog.args[field.name] as PhotoRef[] | undefined) ?? []), photo];
  if (photos.length > field.max)
    return refuse(command, field, new AppError("too-many-photos", { max: field.max }));
  const received = text("photo-received", { count: photos.length, max: field.max });
  return only([{ ...promptReply(command, [field]), text: received }], {
    kind: "set",
    state: { ...dialog, args: { ...dialog.args, [field.name]: photos } },
  });
}

/**
 * A typed answer, shared location, photo or contact, or a pressed choice (`field` named) or skip
 * (`value` null), for the question the dialog awaits.
 */
function answer(
  dialog: DialogState | undefined,
  input: Input,
  field: string | undefined,
  value: Answer | PhotoRef | null,
  ctx: StepContext,
): Step {
  const stray = field === undefined ? "unknown-text" : "stale-button";
  if (!dialog) {
    if (typeof value === "string" && value.length > MAX_INPUT_LENGTH) {
      return only([errorReply(new AppError("text-too-long", { max: MAX_INPUT_LENGTH }))]);
    }
    return only([helpReply(stray, ctx.book.listed)]);
  }
  if (!sameChat(dialog, input.chat)) return only([reply("dialog-elsewhere")]);
  const command = ctx.book.byName.get(dialog.command);
  const awaited = command && fieldOf(command, dialog.awaiting);
  if (!command || !awaited) return only([helpReply("stale-button", ctx.book.listed)], CLEAR);
  if (!command.sharedChat && answeredInShared(input)) return only([reply("error-private-chat-only")]);
  if (field !== undefined && field !== awaited.name) return only([helpReply(stray, ctx.book.listed)]);
  const answers = { args: dialog.args, skipped: dialog.skipped };
  // Typed blanks are refused as empty (fields.ts); skipping is the skip button's.
  if (value === null) {
    if (!awaited.optional) return only([helpReply(stray, ctx.book.listed)]);
    // Done after some photos keeps them; Done (or skip) with nothing given skips the field.
    const given = awaited.name in answers.args;
    const next = given ? answers : { ...answers, skipped: [...answers.skipped, awaited.name] };
    return proceed(command, next, undefined, dialog.chatId);
  }
  if (awaited.kind === "photos" && isPhoto(value)) {
    return addPhoto(command, dialog, awaited, value, input.kind === "photo" ? input.facts : undefined);
  }
  try {
    if (isPhoto(value)) throw new AppError("invalid-input", { field: awaited.labelKey });
    const read = readAnswer(awaited, value, fieldContext(ctx, answers));
    return proceed(
      command,
      { ...answers, args: { ...answers.args, [awaited.name]: read } },
      undefined,
      dialog.chatId,
    );
  } catch (error) {
    if (!isAppError(error)) throw error;
    return refuse(command, awaited, error);
  }
}

/** A command's slash-command options, and the words typed after it for its text argument (`/board 망원동`). */
function commandValues(
  command: Command | undefined,
  input: Extract<Input, { kind: "command" }>,
): CommandOptions {
  const values: CommandOptions = { ...input.options };
  const words = input.text?.trim();
  if (command?.textArgument && words) values[command.textArgument] = words;
  return values;
}

function route(dialog: DialogState | undefined, input: Input, ctx: StepContext): Step {
  switch (input.kind) {
    case "command": {
      const values = commandValues(ctx.book.byName.get(input.name), input);
      return start(dialog, input, input.name, values, "options", ctx);
    }
    case "form":
      return start(dialog, input, input.command, input.values, "form", ctx);
    case "button": {
      const action = decodeAction(input.data);
      if (!action) return only([helpReply("stale-button", ctx.book.listed)]);
      if (action.type === "command") return start(dialog, input, action.command, action.args, "button", ctx);
      return answer(dialog, input, action.field, action.type === "answer" ? action.value : null, ctx);
    }
    case "text":
      return answer(dialog, input, undefined, input.text, ctx);
    case "place":
      return answer(dialog, input, undefined, input.place, ctx);
    case "photo":
      return answer(dialog, input, undefined, input.photo, ctx);
    case "contact":
      return answer(dialog, input, undefined, input.contact, ctx);
  }
}

/** The words among `values` that the command would read as places. */
function typedPlaces(command: Command | undefined, values: CommandOptions, source: Source): string[] {
  if (!command) return [];
  return command.fields
    .filter((field) => field.kind === "place" && accepts(command, field.name, source))
    .map((field) => values[field.name])
    .filter((value): value is string => typeof value === "string" && !isBlank(value))
    .map((value) => value.trim());
}

/**
 * The words (trimmed) this input would read as places — a typed answer to a place question, a place
 * given as a slash-command option or in a form — so the dispatcher can ask a geocoder about them
 * before stepping (the engine itself does no I/O).
 */
export function placeWords(dialog: DialogState | undefined, input: Input, book: CommandBook): string[] {
  const clean = cleanInput(input);
  switch (clean.kind) {
    case "text": {
      const awaited = awaitedField(dialog, clean.chat, book);
      return awaited?.kind === "place" && !isBlank(clean.text) ? [clean.text.trim()] : [];
    }
    case "command": {
      const command = book.byName.get(clean.name);
      return typedPlaces(command, commandValues(command, clean), "options");
    }
    case "form":
      return typedPlaces(book.byName.get(clean.command), clean.values, "form");
    default:
      return [];
  }
}

/**
 * Whether a picture sent from `chat` would answer the dialog's question, so a front door fetches
 * and reads a file's bytes only for a question that takes them; anything else sent there is
 * answered as any stray input is, without a download.
 */
export function awaitsPhoto(
  dialog: DialogState | undefined,
  chat: ChatRef | undefined,
  book: CommandBook,
): boolean {
  return awaitedField(dialog, chat, book)?.kind === "photos";
}

/**
 * One input against the stored dialog: the replies, what becomes of the dialog, and the command
 * to run when it has all it needs. A refusal anywhere (a precondition, an answer) is a reply that
 * changes nothing; anything else thrown is a bug.
 */
export function step(dialog: DialogState | undefined, input: Input, ctx: StepContext): Step {
  const clean = cleanInput(input);
  try {
    return route(dialog, clean, ctx);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return only([errorReply(error)]);
  }
}

/**
 * What the command answered: its replies, or one more question it asked after seeing the others.
 * Its earlier answer or skip is forgotten: a refused answer (a wrong code) must not count again.
 */
export function afterRun(
  run: PendingRun,
  result: CommandResult,
): { replies: Reply[]; dialog: DialogChange; person?: Profile } {
  if (!isAsk(result)) return { ...finished(result), dialog: CLEAR };
  const field = fieldOf(run.command, result.ask);
  if (!field) throw new Error(`${run.command.name} asked for unknown field ${result.ask}`);
  const { [field.name]: _refused, ...args } = run.answers.args;
  const skipped = run.answers.skipped.filter((name) => name !== field.name);
  const answers = { args, skipped };
  // A first question (after a precheck) brings the typed ones after it, as any first question does.
  const missing = missingFields(run.command, answers);
  const asked = missing[0] === field ? missing : [field];
  return {
    replies: [...(result.notice ? [result.notice] : []), promptReply(run.command, asked)],
    dialog: awaiting(run.command, answers, field, run.chatId),
  };
}

/** A language chosen mid-dialog (onboarding asks it first) is the one to answer in. */
export function chosenLanguage(dialog: DialogState | undefined): "ko" | "en" | undefined {
  const chosen = dialog?.args.language;
  return chosen === "ko" || chosen === "en" ? chosen : undefined;
}
