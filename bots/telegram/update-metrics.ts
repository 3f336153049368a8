import type { Middleware } from "grammy";
import type { Metrics } from "../../runtime/metrics.js";
import type { TelegramContext } from "./context.js";

/**
 * Counts every update by what it was routed as (`ignored` when no route took it) and times
 * routed ones per command. Failures are counted by the error boundary inside this middleware.
 */
export function updateMetrics(metrics: Metrics): Middleware<TelegramContext> {
  return async (ctx, next) => {
    const stopTimer = metrics.commandSeconds.startTimer({ platform: "telegram" });
    try {
      await next();
    } finally {
      const routed = ctx.routed;
      metrics.updatesHandled.inc({ platform: "telegram", kind: routed?.kind ?? "ignored" });
      if (routed) stopTimer({ command: routed.command });
    }
  };
}
