import pino, { type Logger } from "pino";

export type { Logger };

/**
 * JSON logs, pretty on a terminal. Message texts, tokens and codes are redacted wherever they
 * appear under these names, so personal data stays out of the logs.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ["token", "*.token", "text", "*.text", "code", "*.code", "authorization", "*.authorization"],
      censor: "[redacted]",
    },
    ...(process.stdout.isTTY ? { transport: { target: "pino-pretty", options: { colorize: true } } } : {}),
  });
}
