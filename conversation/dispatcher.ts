import type { ChatRef } from "../core/boards/types.js";
import type { CarpoolSettings } from "../core/carpool/settings.js";
import type { Database } from "../core/db/client.js";
import { isAppError } from "../core/errors.js";
import { type RegisterAccountInput, registerAccount } from "../core/identity/mutations.js";
import type { FieldCipher } from "../core/identity/pii.js";
import { findProfileByAccount } from "../core/identity/queries.js";
import type { AccountRef, Language, Profile } from "../core/identity/types.js";
import type { Place } from "../core/place.js";
import type { Geocoder } from "../core/places/geocoder/geocoder.js";
import type { RoomLinkMaker } from "../core/workouts/types.js";
import type { Command } from "./command.js";
import { type DialogState, type DialogStore, dialogKeyOf } from "./dialogs.js";
import {
  afterRun,
  awaitsPhoto,
  type CommandBook,
  chosenLanguage,
  commandBook,
  type DialogChange,
  placeWords,
  step,
} from "./engine.js";
import type { GeocodedPlaces } from "./fields.js";
import type { Input } from "./input.js";
import { errorReply } from "./prompts.js";
import type { Reply } from "./reply.js";

export type { CommandOptions, Input } from "./input.js";

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
  /** Finds the places the gazetteer does not know (core/places/geocoder); without one, it alone answers. */
  geocoder?: Geocoder;
  /** Makes people's own links to video rooms (jitsi/); without it, joining a workout says rooms are not set up. */
  roomLinks?: RoomLinkMaker;
  /** The accounts that take 1:1 video checks (VIDEO_CHECK_OPERATORS); none by default. */
  videoCheckOperators?: readonly AccountRef[];
}

function applied(dialog: DialogState | undefined, change: DialogChange): DialogState | undefined {
  if (change.kind === "keep") return dialog;
  return change.kind === "set" ? change.state : undefined;
}

/** What the geocoder finds for each of the words, asked at once; the words it finds nothing for are left out. */
async function geocode(geocoder: Geocoder, words: string[]): Promise<GeocodedPlaces | undefined> {
  if (words.length === 0) return undefined;
  const found = await Promise.all(words.map(async (typed) => [typed, await geocoder.find(typed)] as const));
  return new Map(found.filter((entry): entry is readonly [string, Place] => entry[1] !== undefined));
}

/**
 * The shell around the dialog engine (engine.ts): it loads the person and their dialog once, asks
 * the geocoder about the words the engine would read as places, steps the engine, runs the command it hands over, and saves the dialog once, only when it changed.
 */
export function createDispatcher({
  db,
  pii,
  carpool,
  publicUrl,
  dialogs,
  commands,
  clock = () => new Date(),
  geocoder,
  roomLinks,
  videoCheckOperators = [],
}: DispatcherDeps) {
  const book: CommandBook = commandBook(commands);
  const listed = [...book.listed];

  /** Writes only a real change: most inputs start no dialog and end none. */
  async function save(
    store: DialogStore,
    key: string,
    stored: DialogState | undefined,
    change: DialogChange,
  ): Promise<void> {
    if (change.kind === "set") await store.set(key, change.state);
    else if (change.kind === "clear" && stored) await store.clear(key);
  }

  /**
   * Handles one input from one person: resolves who they are (creating them on first contact),
   * steps the dialog, and turns refusals a command throws into localized replies. Anything else
   * is a bug and is thrown for the front door's error boundary, with nothing saved. A front door
   * may bring its own dialog store for this one input (one that read the dialog already).
   */
  async function handle(
    identity: RegisterAccountInput,
    input: Input,
    store: DialogStore = dialogs,
  ): Promise<Outcome> {
    const now = clock();
    const account: AccountRef = { platform: identity.platform, externalId: identity.externalId };
    const key = dialogKeyOf(account);
    const [profile, stored] = await Promise.all([registerAccount(db, identity, now), store.get(key)]);
    const places = geocoder && (await geocode(geocoder, placeWords(stored, input, book)));
    const stepped = step(stored, input, { book, profile, now, carpool, ...(places ? { places } : {}) });
    let { replies, dialog: change } = stepped;
    let changedPerson: Profile | undefined;
    const run = stepped.run;
    if (run) {
      try {
        const ctx = {
          db,
          pii,
          carpool,
          publicUrl,
          roomLinks,
          videoCheckOperators,
          profile,
          account,
          chat: input.chat,
          now,
          listed,
        };
        const after = afterRun(
          run,
          await run.command.run({ ...ctx, interrupted: run.interrupted }, run.answers.args),
        );
        replies = [...replies, ...after.replies];
        change = after.dialog.kind === "keep" ? change : after.dialog;
        changedPerson = after.person;
      } catch (error) {
        if (!isAppError(error)) throw error;
        replies = [...replies, errorReply(error)];
      }
    }
    await save(store, key, stored, change);
    const person =
      changedPerson ??
      (run?.command.changesPerson ? ((await findProfileByAccount(db, account)) ?? profile) : profile);
    const language = chosenLanguage(applied(stored, change)) ?? person.language;
    return { replies, language, profile: person };
  }

  /**
   * Whether the person's dialog, answered from `chat`, asks for a photo: a front door fetches a
   * file sent as it is only for that question (engine.ts awaitsPhoto).
   */
  async function takesPhoto(account: AccountRef, chat: ChatRef | undefined, store: DialogStore = dialogs) {
    return awaitsPhoto(await store.get(dialogKeyOf(account)), chat, book);
  }

  return { handle, takesPhoto, commands, listed };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
