/** How much of a post a notification or digest quotes. */
export const EXCERPT_LENGTH = 60;

/**
 * The first non-blank line of a text, cut to `max` code points (never inside a surrogate pair,
 * which would show as a broken glyph) with an ellipsis when cut.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const line = text
    .split(/\r?\n/u)
    .map((candidate) => candidate.trim())
    .find(Boolean);
  const characters = [...(line ?? "")];
  return characters.length > max ? `${characters.slice(0, max - 1).join("")}…` : characters.join("");
}
