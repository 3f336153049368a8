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
