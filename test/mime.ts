// Just enough MIME to read what nodemailer writes: headers (with encoded words), a text body in
// quoted-printable, base64 or plain, and the text part of a multipart mail.

export interface ParsedMail {
  headers: Map<string, string>;
  subject: string;
  text: string;
}

/** Quoted-printable is ASCII standing for bytes; the bytes are UTF-8. */
function decodeQuotedPrintable(encoded: string, underscoreIsSpace = false): string {
  const spaced = underscoreIsSpace ? encoded.replaceAll("_", " ") : encoded;
  const bytes = spaced
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=` words; the space between two of them is not text. */
function decodeWords(value: string): string {
  return value.replace(
    /=\?[^?]+\?([BbQq])\?([^?]*)\?=(?:\s+(?==\?))?/g,
    (_, encoding: string, data: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data, true),
  );
}

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : "";
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBody(body: string, transferEncoding: string | undefined): string {
  switch (transferEncoding?.toLowerCase()) {
    case "quoted-printable":
      return decodeQuotedPrintable(body);
    case "base64":
      return Buffer.from(body, "base64").toString("utf8");
    default:
      return body;
  }
}

/** The decoded text/plain content of a part, looking inside multipart ones; undefined if none. */
function textOf(raw: string): string | undefined {
  const { headers, body } = splitHead(raw);
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith("multipart/") && boundary) {
    const parts = body.split(`--${boundary}`).slice(1, -1);
    return parts.map(textOf).find((text) => text !== undefined);
  }
  if (!type.toLowerCase().startsWith("text/plain")) return undefined;
  return decodeBody(body, headers.get("content-transfer-encoding"));
}

export function parseMail(raw: string): ParsedMail {
  const { headers } = splitHead(raw);
  return { headers, subject: decodeWords(headers.get("subject") ?? ""), text: textOf(raw) ?? "" };
}
