import type { ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";

// Waiting for the servers `npm start` runs beside itself to stop. Ctrl-C in a terminal signals
// the whole process group, so a child may have stopped on its own before its turn to be closed:
// its 'exit' event was emitted already, and waiting for it again would wait for ever.

const POLL_MS = 50;

/** Resolves once `child` has exited, at once when it already has. */
export function childExited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Resolves once no process `pid` runs any more (one this process did not spawn itself). */
export async function pidExited(pid: number): Promise<void> {
  while (isRunning(pid)) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}

/** The postmaster's pid, which PostgreSQL writes on the first line of postmaster.pid while it runs. */
export async function postmasterPid(databaseDir: string): Promise<number> {
  const [firstLine] = (await readFile(path.join(databaseDir, "postmaster.pid"), "utf8")).split("\n");
  const pid = Number(firstLine);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no postmaster pid in ${databaseDir}`);
  return pid;
}
