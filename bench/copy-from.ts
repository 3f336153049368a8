import type pg from "pg";

// The pg client answers `COPY … FROM STDIN` with a CopyFail on its own, and pg-copy-streams is not
// installed. pg accepts any "submittable" in `client.query`, which then receives the protocol
// messages; this one sends the data once the server asks for it. COPY parses rows several times
// faster than INSERT … SELECT FROM unnest(…), whose array parameters the client also escapes
// element by element, which made JavaScript the bottleneck of seeding a million rows.

/** Connection methods pg has (and pg's own copy support uses) but @types/pg does not declare. */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** One COPY FROM STDIN statement with `data` in the text format (tab-separated, `\N` for null). */
export function copyFrom(client: pg.Client, statement: string, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const submittable = {
      submit(connection: pg.Connection) {
        (connection as unknown as CopyConnection).query(statement);
      },
      handleCopyInResponse(connection: CopyConnection) {
        connection.sendCopyFromChunk(Buffer.from(data));
        connection.endCopyFrom();
      },
      handleCommandComplete() {},
      handleReadyForQuery() {
        resolve();
      },
      handleError(error: Error) {
        reject(error);
      },
    };
    client.query(submittable);
  });
}

/** A value for the text format: backslash, tab and line breaks escaped. */
export function copyText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (character) => COPY_ESCAPES[character] ?? character);
}

const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
