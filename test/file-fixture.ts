import { afterAll, beforeAll } from "vitest";

/**
 * What a test file starts once for all its tests: `start` runs in beforeAll and `stop` in afterAll,
 * on what did start. The function returned gives it to the tests (and to the file's own beforeAll
 * hooks, which run after this one when registered after it).
 */
export function fileFixture<T>(start: () => Promise<T>, stop: (started: T) => Promise<void>): () => T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    if (started !== undefined) await stop(started);
  });
  return () => {
    if (started === undefined) throw new Error("a file fixture is started in beforeAll");
    return started;
  };
}
