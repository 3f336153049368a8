// Button data travels through messengers as a short string (Telegram allows 64 bytes), so it
// names a command and a few preset arguments, or answers the field a dialog is waiting for.
// It lives in core because notifications carry buttons too; every front door reads it back.

export type Action =
  | { type: "command"; command: string; args: Record<string, string> }
  | { type: "answer"; field: string; value: string }
  | { type: "skip"; field: string };

export const MAX_ACTION_BYTES = 64;

export function encodeAction(action: Action): string {
  const encoded =
    action.type === "command"
      ? `c|${action.command}|${new URLSearchParams(action.args).toString()}`
      : action.type === "answer"
        ? `a|${action.field}|${action.value}`
        : `s|${action.field}`;
  if (Buffer.byteLength(encoded) > MAX_ACTION_BYTES) throw new Error(`button data too long: ${encoded}`);
  return encoded;
}

/** Undefined for anything not made by encodeAction: old builds, other bots, tampering. */
export function decodeAction(data: string): Action | undefined {
  const [type, first, rest] = data.split("|");
  if (!first) return undefined;
  if (type === "c")
    return { type: "command", command: first, args: Object.fromEntries(new URLSearchParams(rest)) };
  if (type === "a" && rest !== undefined) return { type: "answer", field: first, value: rest };
  if (type === "s") return { type: "skip", field: first };
  return undefined;
}

/** Presses the button runs `command` with these preset arguments. */
export function commandAction(command: string, args: Record<string, string> = {}): string {
  return encodeAction({ type: "command", command, args });
}

/** A UUID in 22 characters, so two of them fit in one button's data. */
export function shortId(uuid: string): string {
  return Buffer.from(uuid.replaceAll("-", ""), "hex").toString("base64url");
}

const UUID_PATTERN = /^([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})$/;

/** Undefined for anything that is not a shortId, so a tampered button finds nothing. */
export function fromShortId(short: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{22}$/.test(short)) return undefined;
  const bytes = Buffer.from(short, "base64url");
  // Base64 ignores the last character's two spare bits: only our own spelling of the bytes counts.
  if (bytes.toString("base64url") !== short) return undefined;
  const match = UUID_PATTERN.exec(bytes.toString("hex"));
  return match ? match.slice(1).join("-") : undefined;
}

/** Telegram's start parameter: at most 64 of A–Z, a–z, 0–9, `_` and `-`. */
const START_PAYLOAD_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A command button carried by a link that opens the bot's private chat (`t.me/<bot>?start=…`).
 * Buttons on a card in a shared chat (a neighbourhood board) answer whoever pressed them, which
 * only their private chat can do without showing it to everyone.
 */
export function encodeStartPayload(action: string): string {
  const payload = Buffer.from(action).toString("base64url");
  if (!START_PAYLOAD_PATTERN.test(payload)) throw new Error(`start payload too long: ${action}`);
  return payload;
}

/** The command button a start link carries; undefined for a plain /start, other links or tampering. */
export function decodeStartPayload(payload: string): string | undefined {
  if (!START_PAYLOAD_PATTERN.test(payload)) return undefined;
  const data = Buffer.from(payload, "base64url").toString();
  return decodeAction(data)?.type === "command" ? data : undefined;
}
