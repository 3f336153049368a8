import type { RoomLinkMaker } from "../core/workouts/types.js";
import { type AppContext, assembleContext } from "../runtime/context.js";
import type { Geocoding } from "../runtime/geocoding.js";
import type { Logger } from "../runtime/logger.js";
import { createShutdown, type Shutdown } from "../runtime/shutdown.js";
import { testLogger } from "./logger.js";
import { testPii } from "./pii.js";
import { createTestDatabase, type TestDatabase } from "./postgres.js";
import { createTestRedis } from "./redis.js";
import { testRoomLinks } from "./room-links.js";
import { TEST_VIDEO_CHECK_OPERATOR } from "./video-check-operator.js";

export interface TestAppContext {
  ctx: AppContext;
  database: TestDatabase;
  shutdown: Shutdown;
  /** Closes what the test started (through `shutdown`), then drops its database and Redis keys. */
  cleanup(): Promise<void>;
}

/** Where a test that makes outages points the context instead of the shared servers. */
export interface TestServices {
  /** A Redis of the test's own (test/outages.ts `startOwnRedis`). */
  redisUrl?: string;
  /** A port that forwards to the test PostgreSQL (test/outages.ts `startDatabaseProxy`). */
  databasePort?: number;
  /** A geocoder's service, such as a fake Kakao (test/fake-geocoders); none by default. */
  geocoding?: Geocoding;
  /** Room links with real tokens (jitsi/token.ts) for a test that checks them; readable test links by default. */
  roomLinks?: RoomLinkMaker;
}

/** The context a process would build, on this test file's own database and Redis prefix. */
export async function createTestAppContext(
  logger: Logger = testLogger,
  services: TestServices = {},
): Promise<TestAppContext> {
  const database = await createTestDatabase(services.databasePort);
  const redis = await createTestRedis(services.redisUrl);
  const shutdown = createShutdown(logger);
  const ctx = assembleContext({
    db: database.db,
    redis: redis.redis,
    redisUrl: redis.url,
    queuePrefix: redis.prefix,
    pii: testPii,
    geocoding: services.geocoding,
    roomLinks: services.roomLinks ?? testRoomLinks,
    videoCheckOperators: [TEST_VIDEO_CHECK_OPERATOR],
    logger,
    shutdown,
  });
  return {
    ctx,
    database,
    shutdown,
    async cleanup() {
      await shutdown.run("test finished");
      await database.drop();
      await redis.cleanup();
    },
  };
}
