import { decodeArguments } from "./arguments.js";
import { actions } from "./table.js";
import { decodeWire, encodeWire, type WireAction } from "./wire.js";

// What a pressed button says, read back, and the buttons that answer a dialog's question.

export { MAX_ACTION_BYTES } from "./wire.js";

/**
 * A pressed button: a command with its arguments, now by name and with ids whole, or an answer to
 * the question a dialog awaits.
 */
export type Action = WireAction;

const argumentsOf = new Map(Object.values(actions).map((action) => [action.command, action.args]));

/**
 * Undefined for anything no button of ours carries: old builds, other bots, tampering. A command
 * the table does not name, an argument its command does not take, or an id that is no short id
 * all decode to nothing, so the press is answered as a stale button.
 */
export function decodeAction(data: string): Action | undefined {
  const action = decodeWire(data);
  if (action?.type !== "command") return action;
  const specs = argumentsOf.get(action.command);
  const args = specs && decodeArguments(specs, action.args);
  return args && { ...action, args };
}

/** The arguments, by name, that buttons may carry to `command`: none for a command no button runs. */
export function buttonArguments(command: string): string[] {
  return Object.keys(argumentsOf.get(command) ?? {});
}

/** Presses answer the question the dialog awaits with this value. */
export function answerAction(field: string, value: string): string {
  return encodeWire({ type: "answer", field, value });
}

/** Presses pass over the optional question the dialog awaits. */
export function skipAction(field: string): string {
  return encodeWire({ type: "skip", field });
}
