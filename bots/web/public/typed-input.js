/**
 * What a typed line means, as in a messenger: `/link ABCD-EFGH` is the command `link` with the
 * text `ABCD-EFGH`; anything else answers the question the bot is asking.
 */
export function readTypedInput(line) {
  const match = /^\/([A-Za-z][A-Za-z0-9_]*)(?:\s+([\s\S]*))?$/.exec(line);
  if (!match) return { kind: "text", text: line };
  const text = match[2]?.trim();
  return { kind: "command", name: match[1].toLowerCase(), ...(text ? { text } : {}) };
}
