import { type ChildProcess, spawn } from "node:child_process";
import { connect, createServer, type Socket } from "node:net";
import { waitUntilAnswers } from "../runtime/services.js";
import { freePort } from "./net.js";
import { adminUrl } from "./postgres.js";

// Outages a test can make and end without touching the shared PostgreSQL and Redis: a Redis of
// its own to stop and start again, and a proxy in front of the test PostgreSQL to cut and restore.

export interface OwnRedis {
  url: string;
  /** Kills the server: connections drop and new ones are refused. Its data is gone (no persistence). */
  stop(): Promise<void>;
  /** Starts it again on the same port and waits until it answers. */
  start(): Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
    const started = spawn("redis-server", args, { stdio: "ignore" });
    child = started;
    if (!(await waitUntilAnswers(url, started))) throw new Error(`redis-server did not start on ${port}`);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGKILL");
    await exited;
  };
  // A test process that ends without its afterAll (a timed-out hook, process.exit) must not
  // leave the server running.
  process.on("exit", () => child?.kill("SIGKILL"));
  await start();
  return { url, start, stop };
}

export interface DatabaseProxy {
  /** Where a client connects to reach the test PostgreSQL through the proxy. */
  port: number;
  /** Closes every connection through the proxy and refuses new ones, as a server that went away. */
  cut(): Promise<void>;
  /** Accepts connections again, as the server coming back. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** A TCP proxy to the test PostgreSQL (TEST_DATABASE_URL's host and port). */
export async function startDatabaseProxy(): Promise<DatabaseProxy> {
  const target = new URL(adminUrl());
  const targetPort = Number(target.port || 5432);
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    // A cut connection errors on both sides; the client's driver reports it, the proxy need not.
    socket.on("error", () => {});
  };
  const server = createServer((client) => {
    const upstream = connect(targetPort, target.hostname);
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
  });
  const port = await freePort();
  const listen = () => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const cut = async () => {
    const closed = new Promise((resolve) => server.close(resolve));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  await listen();
  return { port, cut, restore: listen, close: cut };
}
