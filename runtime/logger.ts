import pino, { type Logger, type LoggerOptions } from "pino";
import { isInfrastructureFailure } from "./infrastructure-failure.js";

export type { Logger };

/**
 * What every logger is built with, tests' too. Message texts, tokens, codes, e-mail addresses and
 * phone numbers are redacted wherever they appear under these names, so personal data stays out of
 * the logs. An error logged under `err` is written as describeError says, whatever its library hung
 * on it (a request, a raw body); one already described is written as it is.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      paths: ["token", "text", "code", "authorization", "email", "phone"].flatMap((name) => [
        name,
        `*.${name}`,
      ]),
      censor: "[redacted]",
    },
    serializers: { err: (error: unknown) => (error instanceof Error ? describeError(error) : error) },
  };
}

/** JSON logs, pretty on a terminal. */
export function createLogger(level: string): Logger {
  return pino({
    ...loggerOptions(level),
    ...(process.stdout.isTTY ? { transport: { target: "pino-pretty", options: { colorize: true } } } : {}),
  });
}

/**
 * What to log about an error: its type, message and stack, never the whole object — client
 * errors of HTTP libraries carry the request, which can hold tokens and message texts. An
 * outage's stack is left out: it only says where the lost connection was used, once per attempt.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const described = { type: error.name, message: error.message };
  return isInfrastructureFailure(error) ? described : { ...described, stack: error.stack };
}
