import { fromShortId, shortId } from "./short-id.js";

// How a button carries a command's named arguments in its 64 bytes: each under a short key,
// spelled short (a UUID in 22 characters, Hangul as base64url). The decoder gives back only
// what the encoder could have written, so a tampered button decodes to nothing.

/** One named argument as a button carries it. */
export interface Argument<T, Optional extends boolean = boolean> {
  /** The key it travels under: a letter where bytes are short, the field's name where they are not. */
  key: string;
  optional: Optional;
  /** The value as the button spells it. */
  encode(value: T): string;
  /** The value as the command reads it, or undefined for a spelling the encoder never writes. */
  decode(spelled: string): string | undefined;
}

/** A command's arguments by name. */
export type Arguments = Readonly<Record<string, Argument<never>>>;

type ValueOf<A> = A extends Argument<infer T> ? T : never;
type RequiredNames<S extends Arguments> = {
  [K in keyof S]: S[K]["optional"] extends true ? never : K;
}[keyof S];
type OptionalNames<S extends Arguments> = Exclude<keyof S, RequiredNames<S>>;

/** What a builder takes: each argument by name and type, the optional ones optional. */
export type NamedArguments<S extends Arguments> = { [K in RequiredNames<S>]: ValueOf<S[K]> } & {
  [K in OptionalNames<S>]?: ValueOf<S[K]>;
};

/** Whether a builder may be called with nothing: none of its arguments is required. */
export type AllOptional<S extends Arguments> = [RequiredNames<S>] extends [never] ? true : false;

function argument<T>(
  key: string,
  encode: (value: T) => string,
  decode: (spelled: string) => string | undefined,
): Argument<T, false> {
  return { key, optional: false, encode, decode };
}

/** A row's UUID, as its shortId: a tampered or foreign one decodes to nothing. */
export const id = (key: string) => argument<string>(key, shortId, fromShortId);

const DIGITS = /^\d{1,6}$/;

/** A whole number: a page, a radius in metres. */
export const count = (key: string) =>
  argument<number>(key, String, (spelled) => (DIGITS.test(spelled) ? spelled : undefined));

/** One of a few words (an RSVP answer, a language), as it is. */
export function oneOf<const V extends string>(key: string, values: readonly V[]) {
  const known: readonly string[] = values;
  return argument<V>(
    key,
    (value) => value,
    (spelled) => (known.includes(spelled) ? spelled : undefined),
  );
}

/** Yes, when present; absent means no. */
export const flag = (key: string) =>
  argument<true>(
    key,
    () => "1",
    (spelled) => (spelled === "1" ? spelled : undefined),
  );

/** Words someone typed, as base64url: Hangul takes 4 bytes there against 9 percent-encoded. */
export const words = (key: string) =>
  argument<string>(
    key,
    (value) => Buffer.from(value).toString("base64url"),
    (spelled) => {
      const value = Buffer.from(spelled, "base64url").toString();
      return Buffer.from(value).toString("base64url") === spelled ? value : undefined;
    },
  );

const POINT = /^-?\d{1,3}(\.\d+)?,-?\d{1,3}(\.\d+)?$/;

/** A point as `lat,lng`, the way a place is typed. */
export const point = (key: string) =>
  argument<{ lat: number; lng: number }>(
    key,
    ({ lat, lng }) => `${lat},${lng}`,
    (spelled) => (POINT.test(spelled) ? spelled : undefined),
  );

/** The same argument, which a button may leave out. */
export function optional<T>(required: Argument<T, false>): Argument<T, true> {
  return { ...required, optional: true };
}

/** The named arguments under their short keys, spelled as the button carries them. */
export function encodeArguments(specs: Arguments, named: Readonly<Record<string, unknown>>) {
  const spelled: Record<string, string> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = named[name];
    if (value !== undefined) spelled[spec.key] = spec.encode(value as never);
  }
  return spelled;
}

/**
 * The named arguments back from a button's short keys; undefined when it carries a key the
 * command takes no argument under, lacks a required one or spells one as the encoder never would.
 */
export function decodeArguments(
  specs: Arguments,
  spelled: Readonly<Record<string, string>>,
): Record<string, string> | undefined {
  const entries = Object.entries(specs);
  const keys = new Set(entries.map(([, spec]) => spec.key));
  if (Object.keys(spelled).some((key) => !keys.has(key))) return undefined;
  const named: Record<string, string> = {};
  for (const [name, spec] of entries) {
    const raw = spelled[spec.key];
    if (raw === undefined) {
      if (spec.optional) continue;
      return undefined;
    }
    const value = spec.decode(raw);
    if (value === undefined) return undefined;
    named[name] = value;
  }
  return named;
}
