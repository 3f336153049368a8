// Button data travels through messengers as a short string (Telegram allows 64 bytes):
// `c|<command>|<args>` runs a command with arguments under short keys, `a|<field>|<value>`
// answers the question a dialog awaits and `s|<field>` skips it. Only core/actions spells this:
// everyone else names a command's button through the table (table.ts).

export const MAX_ACTION_BYTES = 64;

export type WireAction =
  | { type: "command"; command: string; args: Record<string, string> }
  | { type: "answer"; field: string; value: string }
  | { type: "skip"; field: string };

export function encodeWire(action: WireAction): string {
  const encoded =
    action.type === "command"
      ? `c|${action.command}|${new URLSearchParams(action.args).toString()}`
      : action.type === "answer"
        ? `a|${action.field}|${action.value}`
        : `s|${action.field}`;
  if (Buffer.byteLength(encoded) > MAX_ACTION_BYTES) throw new Error(`button data too long: ${encoded}`);
  return encoded;
}

/** Undefined for anything not made by encodeWire: old builds, other bots, tampering. */
export function decodeWire(data: string): WireAction | undefined {
  const [type, first, rest] = data.split("|");
  if (!first) return undefined;
  if (type === "c")
    return { type: "command", command: first, args: Object.fromEntries(new URLSearchParams(rest)) };
  if (type === "a" && rest !== undefined) return { type: "answer", field: first, value: rest };
  if (type === "s") return { type: "skip", field: first };
  return undefined;
}
