import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { redisDialogStore } from "../conversation/dialogs.js";
import { createDispatcher, type Dispatcher } from "../conversation/dispatcher.js";
import { allCommands } from "../conversation/registry.js";
import { type CarpoolSettings, defaultCarpoolSettings } from "../core/carpool/settings.js";
import { createDatabase, type Database, isDatabaseReachable } from "../core/db/client.js";
import { createFieldCipher, type FieldCipher, PII_KEY_BYTES } from "../core/identity/pii.js";
import type { AccountRef } from "../core/identity/types.js";
import { createGeocoder, type GeocodeReport, type Geocoder } from "../core/places/geocoder/geocoder.js";
import type { RoomLinkMaker } from "../core/workouts/types.js";
import { createTranslator, type Translator } from "../i18n/translator.js";
import { jitsiLinkMaker } from "../jitsi/token.js";
import { type BaseConfig, DEFAULT_PUBLIC_URL } from "./config.js";
import { type ConnectionErrorLog, throttledConnectionErrorLog } from "./connection-errors.js";
import { type Geocoding, geocodingFrom } from "./geocoding.js";
import type { Logger } from "./logger.js";
import { createMetrics, type Metrics } from "./metrics.js";
import {
  connectRedis,
  resolveDatabase,
  resolveJitsiSecret,
  resolvePiiKey,
  resolveRedis,
  withoutPassword,
} from "./services.js";
import type { Shutdown } from "./shutdown.js";

/** What every process builds once at start and passes down; nothing here connects at import. */
export interface AppContext {
  logger: Logger;
  shutdown: Shutdown;
  db: Database;
  redis: Redis;
  redisUrl: string;
  /** Prefix for every Redis key and BullMQ queue of this deployment (tests use their own). */
  queuePrefix: string;
  /** Seals and opens e-mail addresses and phone numbers (core/identity/pii.ts). */
  pii: FieldCipher;
  /** The carpool's rules: defaults, with CARPOOL_SETTINGS laid over them. */
  carpool: CarpoolSettings;
  translator: Translator;
  metrics: Metrics;
  dispatcher: Dispatcher;
  readiness: Record<string, () => Promise<boolean>>;
  /** Where every Redis and BullMQ connection's 'error' events go: one line per interval at most. */
  logConnectionError: ConnectionErrorLog;
}

export async function buildContext(
  config: BaseConfig,
  logger: Logger,
  shutdown: Shutdown,
): Promise<AppContext> {
  const databaseUrl = await resolveDatabase(config, logger, shutdown);
  const redisUrl = await resolveRedis(config, logger, shutdown);
  // Several Redis servers may answer on one machine (a local one, npm start's own child).
  const shownRedis = withoutPassword(redisUrl);
  logger.info({ redis: shownRedis }, `using Redis at ${shownRedis}`);
  const db = createDatabase(databaseUrl);
  shutdown.add("database", () => db.$disconnect());
  const redis = connectRedis(redisUrl, shutdown);
  const pii = createFieldCipher(await resolvePiiKey(config, logger));
  const roomLinks = jitsiLinkMaker({
    domain: config.JITSI_DOMAIN,
    appId: config.JITSI_APP_ID,
    secret: await resolveJitsiSecret(config, logger),
    xmppDomain: config.JITSI_XMPP_DOMAIN,
    publicUrl: config.PUBLIC_URL,
  });
  return assembleContext({
    db,
    redis,
    redisUrl,
    queuePrefix: config.QUEUE_PREFIX,
    pii,
    carpool: config.CARPOOL_SETTINGS,
    roomLinks,
    videoCheckOperators: config.VIDEO_CHECK_OPERATORS,
    publicUrl: config.PUBLIC_URL,
    geocoding: geocodingFrom(config),
    logger,
    shutdown,
  });
}

/** Failures are worth a warning (a refused key, an outage); the rest is for debugging. */
const quietOutcomes = new Set<GeocodeReport["outcome"]>([
  "found",
  "not-found",
  "cached",
  "paused",
  "rate-limited",
]);

/** A geocoder whose every lookup is counted and logged by its service and outcome, never its words. */
function reportingGeocoder(geocoding: Geocoding, db: Database, logger: Logger, metrics: Metrics): Geocoder {
  return createGeocoder({
    ...geocoding,
    db,
    report: (report) => {
      metrics.geocoderLookups.inc({ provider: report.provider, outcome: report.outcome });
      logger[quietOutcomes.has(report.outcome) ? "debug" : "warn"]({ geocoder: report }, "geocoder lookup");
    },
  });
}

/**
 * The part shared with tests, which bring their own database and Redis. Without `pii`, a key of
 * this process only: what it seals cannot be opened by any other (benchmarks that never read back).
 */
export function assembleContext({
  pii = createFieldCipher(randomBytes(PII_KEY_BYTES)),
  carpool = defaultCarpoolSettings,
  publicUrl = DEFAULT_PUBLIC_URL,
  geocoding,
  roomLinks,
  videoCheckOperators = [],
  ...parts
}: {
  db: Database;
  redis: Redis;
  redisUrl: string;
  queuePrefix: string;
  pii?: FieldCipher;
  carpool?: CarpoolSettings;
  publicUrl?: string;
  /** The geocoder's service and limits; without it, the gazetteer alone reads place names. */
  geocoding?: Geocoding | undefined;
  /** Makes people's own links to video rooms (the Jitsi adapter); without it, workouts have no way in. */
  roomLinks?: RoomLinkMaker | undefined;
  /** The accounts that take 1:1 video checks (VIDEO_CHECK_OPERATORS); none by default. */
  videoCheckOperators?: readonly AccountRef[];
  logger: Logger;
  shutdown: Shutdown;
}): AppContext {
  const dialogs = redisDialogStore(parts.redis, parts.queuePrefix);
  const logConnectionError = throttledConnectionErrorLog(parts.logger);
  parts.redis.on("error", (error) => logConnectionError("redis", error));
  const metrics = createMetrics();
  const geocoder = geocoding && reportingGeocoder(geocoding, parts.db, parts.logger, metrics);
  return {
    ...parts,
    pii,
    carpool,
    translator: createTranslator(),
    metrics,
    dispatcher: createDispatcher({
      db: parts.db,
      pii,
      carpool,
      publicUrl,
      dialogs,
      commands: allCommands,
      ...(geocoder ? { geocoder } : {}),
      ...(roomLinks ? { roomLinks } : {}),
      videoCheckOperators,
    }),
    readiness: {
      database: () => isDatabaseReachable(parts.db),
      // A connection that is not ready would only queue the PING until Redis is back.
      redis: async () => parts.redis.status === "ready" && (await parts.redis.ping()) === "PONG",
    },
    logConnectionError,
  };
}
