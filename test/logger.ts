import pino, { type Logger } from "pino";

/** A silent logger for tests; set TEST_LOG_LEVEL=debug to see what the code logs. */
export const testLogger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });

/** A logger that keeps its records and raw lines, to check what was (and was not) logged. */
export function capturingLogger(): { logger: Logger; records: Record<string, unknown>[]; lines: string[] } {
  const records: Record<string, unknown>[] = [];
  const lines: string[] = [];
  const destination = {
    write(line: string) {
      lines.push(line);
      records.push(JSON.parse(line) as Record<string, unknown>);
    },
  };
  return { logger: pino({ level: "debug" }, destination), records, lines };
}
