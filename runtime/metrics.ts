import { Counter, Gauge, Histogram, Registry } from "prom-client";

export interface Metrics {
  registry: Registry;
  updatesHandled: Counter<"platform" | "kind">;
  updateFailures: Counter<"platform">;
  commandSeconds: Histogram<"platform" | "command">;
  /** Filled at scrape time by whoever owns the queues and the outbox. */
  queueDepth: Gauge<"queue" | "state">;
  notifications: Gauge<"status">;
  /** Place lookups the geocoder was asked, by service and what became of them (never the words). */
  geocoderLookups: Counter<"provider" | "outcome">;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  return {
    registry,
    updatesHandled: new Counter({
      name: "honjok_updates_handled_total",
      help: "Updates (messages, commands, button presses) handled, per messenger",
      labelNames: ["platform", "kind"],
      registers: [registry],
    }),
    updateFailures: new Counter({
      name: "honjok_update_failures_total",
      help: "Updates whose handling threw an unexpected error",
      labelNames: ["platform"],
      registers: [registry],
    }),
    commandSeconds: new Histogram({
      name: "honjok_command_duration_seconds",
      help: "Time from receiving an update to having its replies ready",
      labelNames: ["platform", "command"],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: "honjok_queue_jobs",
      help: "Jobs per queue and state",
      labelNames: ["queue", "state"],
      registers: [registry],
    }),
    notifications: new Gauge({
      name: "honjok_notifications",
      help: "Outbox notifications per status (pending, sent, failed)",
      labelNames: ["status"],
      registers: [registry],
    }),
    geocoderLookups: new Counter({
      name: "honjok_geocoder_lookups_total",
      help: "Place names sent to the geocoder (or answered from its cache), per service and outcome",
      labelNames: ["provider", "outcome"],
      registers: [registry],
    }),
  };
}
