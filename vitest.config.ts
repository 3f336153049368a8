import { configDefaults, defineConfig } from "vitest/config";

const integration = "**/*.integration.test.ts";
const browser = "**/*.browser.test.ts";

export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, ".data/**"],
    // Times are stored in UTC and shown in Asia/Seoul; a third zone catches code that assumes either.
    env: { TZ: "America/Los_Angeles" },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest runs one file at a time on two cores (cores - 1), but the integration files mostly wait
    // on PostgreSQL, Redis, HTTP and timers: three at once took the suite from 13 to 9.5 minutes
    // on a loaded 2-core machine. Each file has its own database and Redis prefix.
    maxWorkers: 3,
    // CI also writes a JSON report, from which .ci/run prints one "N passed, N failed" line.
    reporters: process.env.VITEST_JSON ? ["default", "json"] : ["default"],
    outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : {},
    // `npm run test:unit` runs the first alone: no database, Redis or browser needed.
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: [...configDefaults.exclude, ".data/**", integration, browser],
        },
      },
      {
        extends: true,
        test: { name: "integration", include: [integration, browser], globalSetup: ["test/global-setup.ts"] },
      },
    ],
  },
});
