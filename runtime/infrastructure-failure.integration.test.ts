import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../core/errors.js";
import { testLogger } from "../test/logger.js";
import { type DatabaseProxy, type OwnRedis, startDatabaseProxy, startOwnRedis } from "../test/outages.js";
import { createTestDatabase, type TestDatabase } from "../test/postgres.js";
import { isInfrastructureFailure } from "./infrastructure-failure.js";
import { describeError } from "./logger.js";
import { openRedis } from "./services.js";

// The errors real outages produce, from a PostgreSQL behind a proxy this file cuts and a Redis of
// its own that it stops, against the errors of bugs, which must not be taken for outages.

let proxy: DatabaseProxy;
let database: TestDatabase;
let ownRedis: OwnRedis;

beforeAll(async () => {
  proxy = await startDatabaseProxy();
  database = await createTestDatabase(proxy.port);
  ownRedis = await startOwnRedis();
});

afterAll(async () => {
  await database?.drop();
  await proxy?.close();
  await ownRedis?.stop();
});

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );

describe("PostgreSQL", () => {
  it("a query cut mid-way and one refused are outages; a refused unique row is not", async () => {
    const { db } = database;
    const slow = failureOf(db.$queryRaw`SELECT pg_sleep(2)`);
    // Long enough for the query to be on the wire when the connection is cut.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await proxy.cut();
    const cut = await slow;
    const refused = await failureOf(db.user.findFirst());
    expect(isInfrastructureFailure(cut)).toBe(true);
    expect(isInfrastructureFailure(refused)).toBe(true);
    expect(describeError(cut)).not.toHaveProperty("stack");

    await proxy.restore();
    const account = { platform: "telegram" as const, externalId: "dup-1" };
    const user = await db.user.create({ data: { displayName: "dup" } });
    await db.account.create({ data: { ...account, userId: user.id } });
    const duplicate = await failureOf(db.account.create({ data: { ...account, userId: user.id } }));
    expect(isInfrastructureFailure(duplicate)).toBe(false);
  });
});

describe("Redis", () => {
  it("a stopped server and a command that times out are outages; a wrong-type reply is not", async () => {
    const redis = openRedis(ownRedis.url);
    redis.on("error", (error) => testLogger.debug({ err: describeError(error) }, "redis"));
    try {
      await redis.set("a-string", "x");
      const wrongType = await failureOf(redis.lpush("a-string", "y"));
      expect(isInfrastructureFailure(wrongType)).toBe(false);

      // A paused server holds the command past the connection's command timeout.
      const admin = openRedis(ownRedis.url);
      await admin.call("CLIENT", "PAUSE", "3000", "ALL");
      admin.disconnect();
      const timedOut = await failureOf(redis.get("a-string"));
      expect(isInfrastructureFailure(timedOut)).toBe(true);

      await ownRedis.stop();
      const stopped = await failureOf(redis.get("a-string"));
      expect(isInfrastructureFailure(stopped)).toBe(true);
    } finally {
      redis.disconnect();
      await ownRedis.start();
    }
  });
});

describe("Prisma inside an interactive transaction", () => {
  it("throws the driver adapter's own error for a connection that closed: an outage", () => {
    // Seen when a transaction's connection is reset (ECONNRESET): hard to time on purpose.
    expect(isInfrastructureFailure(new DriverAdapterError({ kind: "ConnectionClosed" }))).toBe(true);
  });
});

describe("bugs", () => {
  it("are not outages, and are logged with their stack", () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    expect(isInfrastructureFailure(bug)).toBe(false);
    expect(isInfrastructureFailure(new AppError("not-found"))).toBe(false);
    expect(isInfrastructureFailure(new Error("wrapped", { cause: bug }))).toBe(false);
    expect(isInfrastructureFailure(new DriverAdapterError({ kind: "UniqueConstraintViolation" }))).toBe(
      false,
    );
    expect(describeError(bug)).toHaveProperty("stack");
  });
});
