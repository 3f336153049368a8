import { decodeAction, encodeAction } from "../core/actions.js";
import type { ChatRef } from "../core/boards/types.js";
import type { CarpoolSettings } from "../core/carpool/settings.js";
import type { Database } from "../core/db/client.js";
import { AppError, isAppError } from "../core/errors.js";
import { type RegisterAccountInput, registerAccount } from "../core/identity/mutations.js";
import type { FieldCipher } from "../core/identity/pii.js";
import { findProfileByAccount } from "../core/identity/queries.js";
import type { AccountRef, Language, Profile, SharedContact } from "../core/identity/types.js";
import { type PhotoRef, photoRefSchema } from "../core/photo.js";
import type { Place } from "../core/place.js";
import { askedFields, type Command, isAsk } from "./command.js";
import type { DialogState, DialogStore } from "./dialogs.js";
import {
  type Answer,
  type Field,
  isTyped,
  MAX_INPUT_LENGTH,
  type PhotosField,
  parseFieldValue,
} from "./fields.js";
import { type Button, type Reply, reply, text } from "./reply.js";

/** Named values given up front: text by field name, or photos for a photos field (Discord attachments). */
export type CommandOptions = Record<string, string | PhotoRef[]>;

/**
 * What a person did, as each front door reads it from its messenger, and in which chat when the
 * messenger has shared ones (a command or button in a group acts on that group).
 */
export type Input = (
  | { kind: "command"; name: string; text?: string; options?: CommandOptions }
  | { kind: "button"; data: string }
  | { kind: "text"; text: string }
  | { kind: "place"; place: Place }
  | { kind: "photo"; photo: PhotoRef }
  | { kind: "contact"; contact: SharedContact }
  | { kind: "form"; command: string; values: Record<string, string> }
) & { chat?: ChatRef };

export interface Outcome {
  replies: Reply[];
  /** The language to render in: the person's, or the one they just chose mid-dialog. */
  language: Language;
  profile: Profile;
}

export interface DispatcherDeps {
  db: Database;
  pii: FieldCipher;
  carpool: CarpoolSettings;
  publicUrl: string;
  dialogs: DialogStore;
  commands: Command[];
  clock?: () => Date;
}

interface Session {
  profile: Profile;
  account: AccountRef;
  chat: ChatRef | undefined;
  dialogKey: string;
  now: Date;
}

const BUTTONS_PER_ROW = 3;

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  );
}

function isPhoto(value: Answer | PhotoRef): value is PhotoRef {
  return typeof value === "object" && "ref" in value;
}

/** Photos given all at once, as a photos field takes them. */
function givenPhotos(field: Field, photos: PhotoRef[]): PhotoRef[] {
  if (field.kind !== "photos") throw new AppError("invalid-input", { field: field.labelKey });
  if (photos.length > field.max) throw new AppError("too-many-photos", { max: field.max });
  return photos;
}

function errorReply(error: AppError): Reply {
  const field = error.params.field;
  if (error.code === "invalid-input" && typeof field === "string")
    return reply("error-invalid-field", { field: { key: field } });
  return reply(`error-${error.code}`, error.params);
}

export function createDispatcher({
  db,
  pii,
  carpool,
  publicUrl,
  dialogs,
  commands,
  clock = () => new Date(),
}: DispatcherDeps) {
  const byName = new Map(commands.map((command) => [command.name, command]));
  const listed = commands.filter((command) => command.listed).map((command) => command.name);
  const helpReply = (key: string) => reply(key, {}, { commands: listed });

  function missingFields(command: Command, state: Pick<DialogState, "args" | "skipped">): Field[] {
    return askedFields(command).filter(
      (field) => !(field.name in state.args) && !state.skipped.includes(field.name),
    );
  }

  function promptReply(command: Command, missing: Field[]): Reply {
    const [next, ...rest] = missing as [Field, ...Field[]];
    const answerButtons: Button[] =
      next.kind === "choice"
        ? next.options.map((option) => ({
            label: { key: option.labelKey },
            action: encodeAction({ type: "answer", field: next.name, value: option.value }),
          }))
        : [];
    const skipButton: Button[] = next.optional
      ? [
          {
            label: { key: next.skipLabelKey ?? (next.kind === "photos" ? "button-done" : "button-skip") },
            action: encodeAction({ type: "skip", field: next.name }),
          },
        ]
      : [];
    const firstUntyped = rest.findIndex((field) => !isTyped(field));
    const textRun = !isTyped(next) ? [] : firstUntyped === -1 ? rest : rest.slice(0, firstUntyped);
    return reply(
      next.promptKey,
      {},
      {
        buttons: [...chunk(answerButtons, BUTTONS_PER_ROW), ...(skipButton.length ? [skipButton] : [])],
        prompt: { command: command.name, fields: [next, ...textRun] },
      },
    );
  }

  /** Asks for the next missing field, or runs the command once nothing is missing. */
  async function proceed(
    session: Session,
    command: Command,
    state: Pick<DialogState, "args" | "skipped">,
    interrupted: string | undefined,
  ): Promise<Reply[]> {
    const missing = missingFields(command, state);
    const [next] = missing;
    if (next) {
      await dialogs.set(session.dialogKey, { command: command.name, ...state, awaiting: next.name });
      return [promptReply(command, missing)];
    }
    await dialogs.clear(session.dialogKey);
    const parsed = command.schema.safeParse(state.args);
    if (!parsed.success) return [errorReply(new AppError("invalid-input"))];
    const result = await command.run(
      {
        db,
        pii,
        carpool,
        publicUrl,
        profile: session.profile,
        account: session.account,
        chat: session.chat,
        interrupted,
        now: session.now,
        listed,
      },
      parsed.data,
    );
    if (isAsk(result)) return askAgain(session, command, state, result.ask, result.notice);
    return Array.isArray(result) ? result : [result];
  }

  /**
   * Keeps the dialog open on one field the command asked for after seeing the others. Its earlier
   * answer or skip is forgotten: a refused answer (a wrong code) must not count again on a skip.
   */
  async function askAgain(
    session: Session,
    command: Command,
    state: Pick<DialogState, "args" | "skipped">,
    name: string,
    notice?: Reply,
  ): Promise<Reply[]> {
    const field = fieldOf(command, name);
    if (!field) throw new Error(`${command.name} asked for unknown field ${name}`);
    const { [name]: _refused, ...args } = state.args;
    const skipped = state.skipped.filter((skippedName) => skippedName !== name);
    await dialogs.set(session.dialogKey, { command: command.name, args, skipped, awaiting: name });
    return [...(notice ? [notice] : []), promptReply(command, [field])];
  }

  /** Photos arrive one per message: each is kept and the same question stays open until Done. */
  async function addPhoto(
    session: Session,
    command: Command,
    state: DialogState,
    field: PhotosField,
    photo: PhotoRef,
  ) {
    if (!photoRefSchema.safeParse(photo).success) {
      return [
        errorReply(new AppError("invalid-input", { field: field.labelKey })),
        promptReply(command, [field]),
      ];
    }
    const photos = [...((state.args[field.name] as PhotoRef[] | undefined) ?? []), photo];
    if (photos.length > field.max) {
      return [errorReply(new AppError("too-many-photos", { max: field.max })), promptReply(command, [field])];
    }
    const args = { ...state.args, [field.name]: photos };
    await dialogs.set(session.dialogKey, { ...state, args });
    const received = text("photo-received", { count: photos.length, max: field.max });
    return [{ ...promptReply(command, [field]), text: received }];
  }

  function fieldOf(command: Command, name: string): Field | undefined {
    return command.fields.find((field) => field.name === name);
  }

  /** Parses named values (slash-command options, button presets, form inputs) into arguments. */
  function parseNamed(command: Command, values: CommandOptions, state: DialogState | undefined) {
    const args: Record<string, unknown> = { ...(state?.args ?? {}) };
    const skipped = [...(state?.skipped ?? [])];
    for (const [name, raw] of Object.entries(values)) {
      if (command.presets?.includes(name) && typeof raw === "string") {
        args[name] = raw;
        continue;
      }
      const field = fieldOf(command, name);
      if (!field) continue;
      if (Array.isArray(raw)) args[name] = givenPhotos(field, raw);
      else if (raw.trim() === "" && field.optional) skipped.push(name);
      else args[name] = parseFieldValue(field, raw);
    }
    return { args, skipped };
  }

  /**
   * Whether only the person reads the answer: Telegram answers a command typed in a group or
   * channel in that chat, Discord answers anywhere but its DMs ephemerally, the playground has no
   * shared chats.
   */
  function answeredPrivately({ chat, account }: Session): boolean {
    return chat === undefined || chat.kind === "private" || account.platform === "discord";
  }

  async function startCommand(session: Session, name: string, values: CommandOptions, text?: string) {
    const command = byName.get(name);
    if (!command) return [helpReply("unknown-command")];
    if (!command.sharedChat && !answeredPrivately(session)) return [reply("error-private-chat-only")];
    command.precondition?.(session.profile);
    const previous = await dialogs.get(session.dialogKey);
    const named = { ...values };
    if (command.textArgument && text?.trim()) named[command.textArgument] = text.trim();
    const state = parseNamed(command, named, undefined);
    return proceed(session, command, state, previous?.command);
  }

  /** A typed answer, shared location, photo or contact, pressed choice or skip for the field a dialog awaits. */
  async function answer(session: Session, field: string | undefined, value: Answer | PhotoRef | null) {
    const state = await dialogs.get(session.dialogKey);
    const command = state && byName.get(state.command);
    // With a question open the field refuses it and asks again; without one it is refused here.
    if (!state && typeof value === "string" && value.length > MAX_INPUT_LENGTH) {
      throw new AppError("text-too-long", { max: MAX_INPUT_LENGTH });
    }
    if (!state || !command || (field !== undefined && field !== state.awaiting)) {
      return [helpReply(field === undefined ? "unknown-text" : "stale-button")];
    }
    const awaited = fieldOf(command, state.awaiting);
    if (!awaited) return [helpReply("stale-button")];
    if (value === null) {
      if (!awaited.optional) return [helpReply("stale-button")];
      // Done after some photos keeps them; Done (or skip) with nothing given skips the field.
      const given = awaited.name in state.args;
      return proceed(
        session,
        command,
        given ? state : { ...state, skipped: [...state.skipped, awaited.name] },
        undefined,
      );
    }
    if (awaited.kind === "photos" && isPhoto(value)) return addPhoto(session, command, state, awaited, value);
    try {
      if (isPhoto(value)) throw new AppError("invalid-input", { field: awaited.labelKey });
      const parsed = parseFieldValue(awaited, value);
      return proceed(
        session,
        command,
        { ...state, args: { ...state.args, [awaited.name]: parsed } },
        undefined,
      );
    } catch (error) {
      if (!isAppError(error)) throw error;
      return [errorReply(error), promptReply(command, missingFields(command, state))];
    }
  }

  async function submitForm(session: Session, name: string, values: Record<string, string>) {
    const command = byName.get(name);
    if (!command) return [helpReply("stale-button")];
    const previous = await dialogs.get(session.dialogKey);
    const state = parseNamed(command, values, previous?.command === name ? previous : undefined);
    return proceed(session, command, state, undefined);
  }

  async function route(session: Session, input: Input): Promise<Reply[]> {
    switch (input.kind) {
      case "command":
        return startCommand(session, input.name, input.options ?? {}, input.text);
      case "text":
        return answer(session, undefined, input.text);
      case "place":
        return answer(session, undefined, input.place);
      case "photo":
        return answer(session, undefined, input.photo);
      case "contact":
        return answer(session, undefined, input.contact);
      case "form":
        return submitForm(session, input.command, input.values);
      case "button": {
        const action = decodeAction(input.data);
        if (!action) return [helpReply("stale-button")];
        if (action.type === "command") return startCommand(session, action.command, action.args);
        return answer(session, action.field, action.type === "answer" ? action.value : null);
      }
    }
  }

  /**
   * Handles one input from one person: resolves who they are (creating them on first contact),
   * routes the input, and turns known failures into localized replies. Anything else is a bug
   * and is thrown for the front door's error boundary.
   */
  async function handle(identity: RegisterAccountInput, input: Input): Promise<Outcome> {
    const now = clock();
    const profile = await registerAccount(db, identity, now);
    const account = { platform: identity.platform, externalId: identity.externalId };
    const session: Session = {
      profile,
      account,
      chat: input.chat,
      dialogKey: `${account.platform}:${account.externalId}`,
      now,
    };
    let replies: Reply[];
    try {
      replies = await route(session, input);
    } catch (error) {
      if (!isAppError(error)) throw error;
      replies = [errorReply(error)];
    }
    // The command may have changed the person (language, or a link that merged them into another).
    const after = (await findProfileByAccount(db, account)) ?? profile;
    const dialog = await dialogs.get(session.dialogKey);
    const chosenLanguage = dialog?.args.language;
    const language = chosenLanguage === "ko" || chosenLanguage === "en" ? chosenLanguage : after.language;
    return { replies, language, profile: after };
  }

  return { handle, commands, listed };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
