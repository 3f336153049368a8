import { type Job, Queue, Worker, type WorkerOptions } from "bullmq";
import type { Redis } from "ioredis";
import { createMatcher } from "../core/carpool/matching.js";
import { countByStatus } from "../core/notifications/queries.js";
import type { WorkerConfig } from "../runtime/config.js";
import type { AppContext } from "../runtime/context.js";
import { describeError } from "../runtime/logger.js";
import {
  BATCH_MATCH_MS,
  type CarpoolSchedule,
  carpoolHandlers,
  carpoolWorkerOptions,
  RIDE_SCAN_MS,
  scheduleCarpoolJobs,
} from "./carpool/worker.js";
import {
  type GroupsSchedule,
  groupsHandlers,
  groupsWorkerOptions,
  MEETUP_SCAN_MS,
  MEETUP_UPKEEP_MS,
  POST_DIGEST_MS,
  scheduleGroupsJobs,
} from "./groups/worker.js";
import {
  assertHandlers,
  type HandlerTable,
  keyedJobOptions,
  processorFor,
  type QueueName,
  queueNames,
  type TypedQueue,
} from "./jobs.js";
import { createMailer, type MailSettings } from "./mail/mailer.js";
import {
  type MailDeps,
  mailHandlers,
  mailWorkerOptions,
  onMailJobFailed,
  scheduleMailJobs,
} from "./mail/worker.js";
import { boardHandlers } from "./market/boards.js";
import { MARKET_SCAN_MS, marketHandlers, marketWorkerOptions, scheduleMarketJobs } from "./market/worker.js";
import { SHARED_CHAT_PACE_MS } from "./notify/pacing.js";
import type { ScheduledEvents } from "./notify/scheduled-events.js";
import type { Senders } from "./notify/sender.js";
import {
  DISCORD_EVENTS_SYNC_MS,
  type NotifyDeps,
  notifyHandlers,
  notifyWorkerOptions,
  onNotifyJobFailed,
  scheduleNotifyJobs,
} from "./notify/worker.js";
import { POINTS_SCAN_MS, pointsHandlers, pointsWorkerOptions, schedulePointsJobs } from "./points/worker.js";
import {
  scheduleTrustJobs,
  TRUST_NIGHTLY,
  TRUST_SCAN_MS,
  type TrustSchedule,
  trustHandlers,
  trustWorkerOptions,
} from "./trust/worker.js";
import { ROOM_UPKEEP_MS, roomHandlers } from "./workouts/rooms.js";
import { STREAK_NUDGE_MS, streakHandlers } from "./workouts/streaks.js";

export type WorkersConfig = WorkerConfig & MailSettings;

/**
 * How the workers reach people on the messengers: the ports they define, which the composition
 * root fills with each configured messenger's implementation (runtime/workers.ts).
 */
export interface Messengers {
  senders: Senders;
  /** Linked Discord servers' scheduled events, when a Discord bot is configured. */
  events: ScheduledEvents | undefined;
}

export interface WorkerTuning {
  /** First retry delay of a failed delivery; tests shrink it. */
  firstRetryDelayMs: number;
  /** How often items are scanned for alert matching and board cards; tests shrink it. */
  scanMs: number;
  /** Time between two board cards in one chat; tests shrink it. */
  boardPaceMs: number;
  /** How often ride requests are scanned for matching, and the batch pass and upkeep run; tests shrink them. */
  carpool: CarpoolSchedule;
  /** How often linked Discord servers' events are synced with their meetups; tests shrink it. */
  discordEventsMs: number;
  /** How often meetups are scanned for reminders to (re)schedule, and their upkeep runs; tests shrink them. */
  groups: Partial<GroupsSchedule>;
  /** How often outcomes are scanned for points; tests shrink it. */
  pointsScanMs: number;
  /** How often stale trust scores are looked for, and when everyone is recomputed; tests shrink them. */
  trust: Partial<TrustSchedule>;
}

/**
 * A connection for BullMQ: the shared one's options, except that a command waits through an
 * outage instead of failing. BullMQ is built for that: a worker blocks on Redis for its next job
 * and must not fail it, and a queue whose start-up check failed would stay broken. Jobs simply run
 * again once Redis is back. Workers get copies of it (BullMQ duplicates it for each).
 */
export function openWaitingConnection(ctx: AppContext, name: string): Redis {
  const connection = ctx.redis.duplicate({ maxRetriesPerRequest: null, commandTimeout: undefined });
  connection.on("error", (error) => ctx.logConnectionError(name, error));
  // After the queues and workers on it (closers run newest first); nothing is pending by then,
  // and a quit would wait for a Redis that may be away.
  ctx.shutdown.add(name, () => connection.disconnect());
  return connection;
}

/** Opens queues and starts workers on `connection` (openWaitingConnection), each closed at shutdown. */
function bullmqOn(ctx: AppContext, connection: Redis) {
  return {
    queue<Q extends QueueName>(name: Q): TypedQueue<Q> {
      const queue: TypedQueue<Q> = new Queue(name, { connection, prefix: ctx.queuePrefix });
      queue.on("error", (error) => ctx.logConnectionError(`${name} queue`, error));
      ctx.shutdown.add(`${name} queue`, () => queue.close());
      return queue;
    },

    /**
     * A queue's worker. A failed job is logged, unless the queue records its failures itself
     * (`onFailed`: a notification's or an e-mail code's row).
     */
    worker(
      name: QueueName,
      handlers: HandlerTable,
      options: Omit<WorkerOptions, "connection" | "prefix">,
      onFailed?: (job: Job | undefined, error: Error) => void,
    ): Worker {
      const worker = new Worker(name, processorFor(handlers, name), {
        connection,
        prefix: ctx.queuePrefix,
        ...options,
      });
      worker.on("error", (error) => ctx.logConnectionError(`${name} worker`, error));
      worker.on(
        "failed",
        onFailed ??
          ((job, error) =>
            ctx.logger.error(
              { err: describeError(error), job: job?.name, jobId: job?.id },
              `${name} job failed`,
            )),
      );
      // Registered after the queues, so it closes first: stop taking jobs, let running ones finish.
      ctx.shutdown.add(`${name} worker`, () => worker.close());
      return worker;
    },
  };
}

/**
 * Starts the notify, market, mail, carpool, groups, points and trust workers and their schedulers
 * (outbox relay, alert and board scans, upkeep, e-mail codes, ride matching, meetup reminders,
 * points for outcomes, trust scores).
 * Run it on as many machines as needed: each scheduler is one BullMQ job scheduler for all of
 * them, and jobs are idempotent.
 */
export async function startWorkers(
  ctx: AppContext,
  config: WorkersConfig,
  { senders, events }: Messengers,
  tuning: Partial<WorkerTuning> = {},
): Promise<void> {
  const bullmq = bullmqOn(ctx, openWaitingConnection(ctx, "queue connection"));
  const notifyQueue = bullmq.queue("notify");
  const marketQueue = bullmq.queue("market");
  const mailQueue = bullmq.queue("mail");
  const carpoolQueue = bullmq.queue("carpool");
  const groupsQueue = bullmq.queue("groups");
  const pointsQueue = bullmq.queue("points");
  const trustQueue = bullmq.queue("trust");
  const matcher = createMatcher({
    db: ctx.db,
    settings: ctx.carpool,
    onRebuilt: (open) => ctx.logger.info({ open }, "ride request index rebuilt"),
  });
  const notify: NotifyDeps = {
    db: ctx.db,
    redis: ctx.redis,
    queuePrefix: ctx.queuePrefix,
    translator: ctx.translator,
    logger: ctx.logger,
    senders,
    events,
    rateLimit: (ms) => notifyQueue.rateLimit(ms),
    queue: notifyQueue,
    deliverOptions: keyedJobOptions({
      attempts: config.NOTIFY_ATTEMPTS,
      firstRetryDelayMs: tuning.firstRetryDelayMs ?? 5000,
    }),
  };
  const mailer = createMailer(config, ctx.logger);
  ctx.shutdown.add("mailer", () => mailer.close());
  const mail: MailDeps = {
    db: ctx.db,
    pii: ctx.pii,
    translator: ctx.translator,
    logger: ctx.logger,
    mailer,
    queue: mailQueue,
    sendOptions: keyedJobOptions({ attempts: 5, firstRetryDelayMs: tuning.firstRetryDelayMs ?? 5000 }),
  };
  const handlers = assertHandlers([
    ...notifyHandlers(notify),
    ...marketHandlers({ db: ctx.db, queue: marketQueue, logger: ctx.logger }),
    ...mailHandlers(mail),
    ...carpoolHandlers({
      db: ctx.db,
      queue: carpoolQueue,
      matcher,
      settings: ctx.carpool,
      logger: ctx.logger,
    }),
    ...groupsHandlers({ db: ctx.db, queue: groupsQueue, logger: ctx.logger }),
    ...roomHandlers({ db: ctx.db, queue: groupsQueue, logger: ctx.logger }),
    ...streakHandlers({ db: ctx.db, queue: groupsQueue, logger: ctx.logger }),
    ...pointsHandlers({ db: ctx.db, logger: ctx.logger }),
    ...trustHandlers({ db: ctx.db, queue: trustQueue, logger: ctx.logger }),
    ...boardHandlers({
      ...notify,
      syncOptions: notify.deliverOptions,
      paceMs: tuning.boardPaceMs ?? SHARED_CHAT_PACE_MS,
    }),
  ]);

  const notifyWorker = bullmq.worker("notify", handlers, notifyWorkerOptions, onNotifyJobFailed(notify));
  const marketWorker = bullmq.worker("market", handlers, marketWorkerOptions);
  const mailWorker = bullmq.worker("mail", handlers, mailWorkerOptions, onMailJobFailed(mail));
  const carpoolWorker = bullmq.worker("carpool", handlers, carpoolWorkerOptions);
  const groupsWorker = bullmq.worker("groups", handlers, groupsWorkerOptions);
  const pointsWorker = bullmq.worker("points", handlers, pointsWorkerOptions);
  const trustWorker = bullmq.worker("trust", handlers, trustWorkerOptions);

  await scheduleNotifyJobs(notifyQueue, {
    outboxPollMs: config.OUTBOX_POLL_MS,
    discordEventsMs: notify.events ? (tuning.discordEventsMs ?? DISCORD_EVENTS_SYNC_MS) : undefined,
  });
  await scheduleMarketJobs(marketQueue, tuning.scanMs ?? MARKET_SCAN_MS);
  await scheduleMailJobs(mailQueue, config.OUTBOX_POLL_MS);
  await scheduleCarpoolJobs(
    carpoolQueue,
    tuning.carpool ?? { scanMs: RIDE_SCAN_MS, batchMs: BATCH_MATCH_MS },
  );
  await scheduleGroupsJobs(groupsQueue, {
    scanMs: MEETUP_SCAN_MS,
    upkeepMs: MEETUP_UPKEEP_MS,
    digestMs: POST_DIGEST_MS,
    roomUpkeepMs: ROOM_UPKEEP_MS,
    streakNudgeMs: STREAK_NUDGE_MS,
    ...tuning.groups,
  });
  await schedulePointsJobs(pointsQueue, tuning.pointsScanMs ?? POINTS_SCAN_MS);
  await scheduleTrustJobs(trustQueue, { scanMs: TRUST_SCAN_MS, nightly: TRUST_NIGHTLY, ...tuning.trust });
  await Promise.all([
    notifyWorker.waitUntilReady(),
    marketWorker.waitUntilReady(),
    mailWorker.waitUntilReady(),
    carpoolWorker.waitUntilReady(),
    groupsWorker.waitUntilReady(),
    pointsWorker.waitUntilReady(),
    trustWorker.waitUntilReady(),
  ]);
}

const notificationStatuses = ["pending", "sent", "failed"] as const;

/**
 * Refreshes the queue and outbox gauges before a /metrics scrape; works in any process, since it
 * only reads. Its queues open at the first scrape, never at import.
 */
export function queueMetricsRefresher(ctx: AppContext): () => Promise<void> {
  let queues: Queue[] | undefined;
  const open = () => {
    const connection = openWaitingConnection(ctx, "queue connection (metrics)");
    return queueNames.map((name) => {
      const queue = new Queue(name, { connection, prefix: ctx.queuePrefix, skipMetasUpdate: true });
      queue.on("error", (error) => ctx.logConnectionError(`${name} queue (metrics)`, error));
      ctx.shutdown.add(`${name} queue (metrics)`, () => queue.close());
      return queue;
    });
  };
  return async () => {
    queues ??= open();
    for (const queue of queues) {
      for (const [state, count] of Object.entries(await queue.getJobCounts())) {
        ctx.metrics.queueDepth.set({ queue: queue.name, state }, count);
      }
    }
    const byStatus = await countByStatus(ctx.db);
    for (const status of notificationStatuses)
      ctx.metrics.notifications.set({ status }, byStatus[status] ?? 0);
  };
}
