import pino, { type Logger } from "pino";
import { loggerOptions } from "../runtime/logger.js";

/** A silent logger for tests; set TEST_LOG_LEVEL=debug to see what the code logs. */
export const testLogger = pino(loggerOptions(process.env.TEST_LOG_LEVEL ?? "silent"));

/** A logger as processes build theirs that keeps its records and raw lines, to check what was (and was not) logged. */
export function capturingLogger(): { logger: Logger; records: Record<string, unknown>[]; lines: string[] } {
  const records: Record<string, unknown>[] = [];
  const lines: string[] = [];
  const destination = {
    write(line: string) {
      lines.push(line);
      records.push(JSON.parse(line) as Record<string, unknown>);
    },
  };
  return { logger: pino(loggerOptions("debug"), destination), records, lines };
}
