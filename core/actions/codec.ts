import { decodeWire, encodeWire, type WireAction } from "./wire.js";

// What a pressed button says, read back, and the buttons that answer a dialog's question.

export { MAX_ACTION_BYTES } from "./wire.js";

export type Action = WireAction;

/** Undefined for anything no button of ours carries: old builds, other bots, tampering. */
export function decodeAction(data: string): Action | undefined {
  return decodeWire(data);
}

/** Presses answer the question the dialog awaits with this value. */
export function answerAction(field: string, value: string): string {
  return encodeWire({ type: "answer", field, value });
}

/** Presses pass over the optional question the dialog awaits. */
export function skipAction(field: string): string {
  return encodeWire({ type: "skip", field });
}
