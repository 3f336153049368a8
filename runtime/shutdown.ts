import type { Logger } from "./logger.js";

type Closer = () => Promise<unknown> | unknown;

const SHUTDOWN_TIMEOUT_MS = 15_000;

/**
 * The one way a process stops: on SIGINT/SIGTERM/SIGHUP (or a start-up failure) it closes what was
 * opened, newest first, once — a second signal while closing does not start a second run.
 */
export function createShutdown(logger: Logger) {
  const closers: { name: string; close: Closer }[] = [];
  let running: Promise<void> | undefined;

  async function closeAll(): Promise<void> {
    for (const { name, close } of closers.reverse()) {
      try {
        await close();
        logger.debug({ name }, "closed");
      } catch (error) {
        logger.error({ err: error, name }, "close failed");
      }
    }
  }

  const shutdown = {
    /** Registers something to close; the last one added closes first. */
    add(name: string, close: Closer) {
      closers.push({ name, close });
    },
    run(reason: string): Promise<void> {
      running ??= (async () => {
        logger.info({ reason }, "shutting down");
        const timer = setTimeout(() => {
          logger.error("shutdown timed out");
          process.exit(1);
        }, SHUTDOWN_TIMEOUT_MS);
        timer.unref();
        await closeAll();
        clearTimeout(timer);
      })();
      return running;
    },
    /** Closes everything, writes out buffered logs (pino writes asynchronously), then exits. */
    async exit(reason: string, code: number): Promise<never> {
      await shutdown.run(reason);
      await new Promise<void>((resolve) => logger.flush(() => resolve()));
      process.exit(code);
    },
    listenForSignals() {
      for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
        process.once(signal, () => void shutdown.exit(signal, 0));
      }
    },
  };
  return shutdown;
}

export type Shutdown = ReturnType<typeof createShutdown>;
