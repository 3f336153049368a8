import { type Button, type Text, text } from "../core/message.js";
import type { PhotoRef } from "../core/photo.js";
import type { Place } from "../core/place.js";
import type { Field } from "./fields.js";

// A reply is made of core's message parts (core/message.ts); the commands take all of a reply's
// vocabulary from this one file.
export { type Button, type Text, text };

/** Input the person is asked for next; adapters pick the native way to ask. */
export interface Prompt {
  command: string;
  /** The next field first; Discord asks a run of text fields in one modal. */
  fields: Field[];
}

/** A PNG drawn for this reply, with the file name a messenger shows for it. */
export interface Picture {
  png: Uint8Array;
  name: string;
}

/** A messenger-neutral reply that every front door renders in its own idiom. */
export interface Reply {
  text: Text;
  buttons?: Button[][];
  /** Command names to list with their descriptions (help). */
  commands?: string[];
  place?: Place;
  image?: PhotoRef;
  /** A picture honjok drew (the streak's calendar), sent as a photo; it has no words, the text says what it shows. */
  picture?: Picture;
  prompt?: Prompt;
  /**
   * A button that opens an address (a person's own room link), shown above the other buttons. Only
   * replies read by the person alone carry one: the engine answers no such command in a shared chat.
   */
  link?: { label: Text; url: string };
}

export function reply(key: string, params?: Text["params"], extras: Omit<Reply, "text"> = {}): Reply {
  return { text: text(key, params), ...extras };
}

/** Buttons laid out `perRow` to a row: Discord shows at most five rows, so long lists go several abreast. */
export function inRows(buttons: Button[], perRow: number): Button[][] {
  return Array.from({ length: Math.ceil(buttons.length / perRow) }, (_, row) =>
    buttons.slice(row * perRow, (row + 1) * perRow),
  );
}
