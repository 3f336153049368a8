// Whether a failure came from PostgreSQL or Redis being away (refused, lost, timed out) rather than
// from the code. The difference decides what a front door does: a person's update that met an outage
// is handed back to be tried again once the service returns; a bug would fail the same way again.

/** Node's codes for a socket that could not connect or was cut. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

/**
 * Prisma's codes for the same: P1001 cannot reach the server, P1002 timed out reaching it, P1008 an
 * operation timed out, P1017 the server closed the connection, P2024 no pooled connection in time.
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/**
 * What Prisma's pg driver adapter calls them: the `kind` of a DriverAdapterError's cause, thrown as
 * it is inside an interactive transaction, else found under `meta.driverAdapterError`.
 */
const DRIVER_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

/**
 * SQLSTATEs of a server that is going or not there yet: class 08 (connection exception), 57P01–57P03
 * (shut down by an administrator, crashed, cannot connect now), 53300 (too many connections).
 */
const SERVER_GONE_SQLSTATE = /^(08...|57P0[123]|53300)$/;

/**
 * pg's own errors for a connection that died or never came, which the driver adapter passes on
 * unwrapped (seen when a pooled connection is cut mid-query).
 */
const PG_CONNECTION_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;

/**
 * ioredis's errors for a command that met a lost connection: the offline queue gave up
 * (MaxRetriesPerRequestError), `commandTimeout` passed, or the connection was closed. A Redis that
 * is loading its data after a restart, or a replica during failover, answers with these replies.
 */
const REDIS_CONNECTION_MESSAGE =
  /^(Command timed out|Connection is closed|Stream isn't writeable|LOADING |MASTERDOWN |READONLY )/;

/** The fields the errors of pg, Prisma's driver adapter, Prisma and ioredis tell an outage by. */
interface ErrorFields {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  /** A driver adapter error's cause: its kind, and for a server's refusal the SQLSTATE. */
  kind?: unknown;
  originalCode?: unknown;
  meta?: { driverAdapterError?: unknown };
}

function isOutage(error: ErrorFields): boolean {
  const { name, code, message, kind, originalCode } = error;
  if (name === "MaxRetriesPerRequestError") return true;
  if (typeof code === "string" && (SOCKET_CODES.has(code) || PRISMA_CODES.has(code))) return true;
  if (typeof kind === "string" && DRIVER_ADAPTER_KINDS.has(kind)) return true;
  for (const sqlState of [code, originalCode]) {
    if (typeof sqlState === "string" && SERVER_GONE_SQLSTATE.test(sqlState)) return true;
  }
  return (
    typeof message === "string" &&
    (PG_CONNECTION_MESSAGE.test(message) || REDIS_CONNECTION_MESSAGE.test(message))
  );
}

function wrapsOutage(error: unknown, depth: number): boolean {
  // A few links are enough: libraries wrap once or twice, and a cycle must not loop forever.
  if (depth > 4 || typeof error !== "object" || error === null) return false;
  const fields = error as ErrorFields;
  const inner = [fields.cause, fields.meta?.driverAdapterError];
  return isOutage(fields) || inner.some((wrapped) => wrapsOutage(wrapped, depth + 1));
}

/**
 * True when the error, or one it wraps (its cause, a Prisma error's driver adapter error), says
 * PostgreSQL or Redis is unreachable.
 */
export function isInfrastructureFailure(error: unknown): boolean {
  return wrapsOutage(error, 0);
}
