import { type AllOptional, type Arguments, encodeArguments, type NamedArguments } from "./arguments.js";
import { encodeWire } from "./wire.js";

type NoArguments = Readonly<Record<never, never>>;

/**
 * Button data that runs `command` with these arguments, built from their names: an entry of the
 * table (table.ts), which also tells the decoder what the command's buttons carry.
 */
export interface ButtonAction<S extends Arguments = Arguments> {
  (...named: AllOptional<S> extends true ? [named?: NamedArguments<S>] : [named: NamedArguments<S>]): string;
  readonly command: string;
  /** What its buttons carry, by name. */
  readonly args: S;
}

/** Any builder taking these ids (an item's, a group's), for buttons that differ only in their command. */
export type ActionOn<Name extends string> = (named: Record<Name, string>) => string;

export function buttonAction<const S extends Arguments = NoArguments>(
  command: string,
  args: S = {} as S,
): ButtonAction<S> {
  const build = (named: Readonly<Record<string, unknown>> = {}) =>
    encodeWire({ type: "command", command, args: encodeArguments(args, named) });
  return Object.assign(build, { command, args }) as ButtonAction<S>;
}
