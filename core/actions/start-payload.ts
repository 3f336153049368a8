import { decodeAction } from "./codec.js";

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
