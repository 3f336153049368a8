import type { Express } from "express";
import type { AppContext } from "../../runtime/context.js";
import { createHttpApp, errorHandler } from "../../runtime/http.js";
import { mountPlayground } from "./playground.js";

export interface WebAppOptions {
  metricsToken: string | undefined;
  playground: boolean;
}

/** The web process's HTTP app: health, readiness and metrics, the playground when on, errors last. */
export function createWebApp(ctx: AppContext, options: WebAppOptions): Express {
  const app = createHttpApp({
    logger: ctx.logger,
    metrics: ctx.metrics,
    metricsToken: options.metricsToken,
    readiness: ctx.readiness,
  });
  if (options.playground) mountPlayground(app, ctx);
  app.use(errorHandler(ctx.logger));
  return app;
}
