// The fakes' reading of an upload (multipart/form-data). grammY writes it its own way (no space
// after a header's colon, an unquoted filename) that the platform's strict FormData parser
// refuses while the Bot API takes it, so the fakes read the parts themselves.

/** A file the bot uploaded with a Discord message, as a test reads it back. */
export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

export interface Part {
  name: string;
  filename: string | undefined;
  body: Buffer;
}

function headerValue(headers: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(headers);
  return match?.[1] ?? match?.[2];
}

function readPart(raw: Buffer): Part | undefined {
  const split = raw.indexOf("\r\n\r\n");
  if (split === -1) return undefined;
  const headers = raw.subarray(0, split).toString("utf8");
  const name = headerValue(headers, /\bname="([^"]*)"|\bname=([^;\r\n]+)/iu);
  if (name === undefined) return undefined;
  const filename = headerValue(headers, /\bfilename="([^"]*)"|\bfilename=([^;\r\n]+)/iu);
  // The part's body ends before the CRLF that precedes the next boundary.
  const body = raw.subarray(split + 4, raw.length - 2);
  return { name, filename, body };
}

/** The parts of a multipart body whose Content-Type is `contentType`. */
export function readParts(body: Buffer, contentType: string): Part[] {
  const boundary = /boundary=("?)([^";]+)\1/iu.exec(contentType)?.[2];
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const from = start + delimiter.length;
    if (body.subarray(from, from + 2).toString() === "--") break;
    const end = body.indexOf(delimiter, from);
    if (end === -1) break;
    const part = readPart(body.subarray(from + 2, end));
    if (part) parts.push(part);
    start = end;
  }
  return parts;
}
