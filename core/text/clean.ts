// Text as people send it, made safe to store and show. PostgreSQL refuses NUL outright (error
// 22021), other control characters break logs and rendering, and the explicit direction
// overrides are how a name or a price is made to read backwards. No library does this for a
// chat bot's inputs, so the few rules are here, in one place every front door passes through.

/** Control characters (C0, DEL, C1) but tab and newline. */
const CONTROLS = /(?![\t\n])\p{Cc}/gu;
/** Embedding, override and isolate controls: they reorder what follows them. */
const DIRECTION_OVERRIDES = /[\u202A-\u202E\u2066-\u2069]/gu;
/**
 * Characters that show nothing: zero-width space, joiners, direction marks, word joiner, BOM, soft
 * hyphen and the Hangul fillers people type to make a name look blank. Kept inside a text (a
 * joiner holds an emoji together), but a text of nothing else is empty.
 */
const INVISIBLE = /[\s\u00AD\u115F\u1160\u180E\u200B-\u200F\u2060-\u2064\u3164\uFEFF\uFFA0]/gu;

/** The text without control characters and direction overrides, line breaks as `\n`, well formed. */
export function cleanText(raw: string): string {
  return raw.toWellFormed().replace(/\r\n?/gu, "\n").replace(CONTROLS, "").replace(DIRECTION_OVERRIDES, "");
}

/** Nothing a reader would see: empty, spaces, or only invisible characters. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, "") === "";
}

/** A cleaned text, or undefined when nothing visible is left of it (a blank display name). */
export function visibleText(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const cleaned = cleanText(raw).trim();
  return isBlank(cleaned) ? undefined : cleaned;
}
