import pino, { type Logger } from "pino";

export type { Logger };

/**
 * JSON logs, pretty on a terminal. Message texts, tokens, codes, e-mail addresses and phone
 * numbers are redacted wherever they appear under these names, so personal data stays out of the logs.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ["token", "text", "code", "authorization", "email", "phone"].flatMap((name) => [
        name,
        `*.${name}`,
      ]),
      censor: "[redacted]",
    },
    ...(process.stdout.isTTY ? { transport: { target: "pino-pretty", options: { colorize: true } } } : {}),
  });
}

/**
 * What to log about an error: its type, message and stack, never the whole object — client
 * errors of HTTP libraries carry the request, which can hold tokens and message texts.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { type: error.name, message: error.message, stack: error.stack };
  return { type: typeof error };
}
