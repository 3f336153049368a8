import { readFile } from "node:fs/promises";
import path from "node:path";
import semver from "semver";
import { expect, it } from "vitest";

// npm warns (EBADENGINE) at every install for each package whose `engines.node` the running Node
// does not satisfy. package.json's `engines.node` (and the README) promise its oldest Node, so
// every locked package must accept that one: a dependency that moves on to a newer Node fails
// here, where it can be pinned, instead of warning everyone who installs.

const root = path.resolve(import.meta.dirname, "..");

/**
 * The one known exception, and why it is kept: Prisma's CLI (7.6 and later) depends on
 * @prisma/streams-local, which wants Node 22, for `prisma dev` only (a local Prisma Postgres that
 * honjok never runs). Prisma 7.5, the last release without it, was tried: during a PostgreSQL
 * outage its client failed some writes with "Transaction already closed" instead of a connection
 * error (workers/outages.integration.test.ts, two runs in three). So the warning stays until Node 22
 * is the floor or Prisma drops the dependency.
 */
const KNOWN_EXCEPTIONS = new Set(["node_modules/@prisma/streams-local"]);

interface Manifest {
  engines: { node: string };
}

interface Lockfile {
  packages: Record<string, { version?: string; optional?: boolean; engines?: { node?: unknown } }>;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(path.join(root, file), "utf8")) as T;
}

it("every package in package-lock.json runs on the oldest Node that package.json allows", async () => {
  const manifest = await readJson<Manifest>("package.json");
  const lockfile = await readJson<Lockfile>("package-lock.json");
  const oldest = semver.minVersion(manifest.engines.node);
  if (!oldest) throw new Error(`engines.node "${manifest.engines.node}" allows no version`);

  const refusing = Object.entries(lockfile.packages).flatMap(([where, { version, optional, engines }]) => {
    // An optional package that does not fit is skipped without a warning (rollup's lzma binding).
    if (optional || KNOWN_EXCEPTIONS.has(where)) return [];
    const wanted = engines?.node;
    // npm's own check (npm-install-checks) counts pre-releases in; so does this one.
    const accepts =
      typeof wanted !== "string" || semver.satisfies(oldest, wanted, { includePrerelease: true });
    return accepts ? [] : [`${where}@${version} wants node ${wanted}`];
  });
  expect(refusing, `Node ${oldest.version}`).toEqual([]);
});
