// What a message says, before it has a language: an i18n key and its parameters. Commands reply
// with it and workers send it, so it is core's and not the conversation layer's; each front door
// translates it for its reader (i18n/render.ts).

/**
 * A message to translate: an i18n key and its parameters, which may be messages themselves (a
 * list of messages is joined with commas).
 */
export interface Text {
  key: string;
  params?: Record<string, string | number | Text | Text[]>;
}

export interface Button {
  label: Text;
  /** Opaque data that comes back when it is pressed (see actions.ts). */
  action: string;
}

/** A message's words and the buttons under it, in no language yet. */
export interface Message {
  text: Text;
  buttons: Button[][];
}

export function text(key: string, params?: Text["params"]): Text {
  return params ? { key, params } : { key };
}
