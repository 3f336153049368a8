import type { JobsOptions } from "bullmq";
import { boardCard } from "../../core/boards/card.js";
import { clearBoardSyncDue, recordBoardCard } from "../../core/boards/mutations.js";
import { findItemsDueForBoards, getBoardSync } from "../../core/boards/queries.js";
import { cardIsBehind } from "../../core/boards/rules.js";
import type { BoardSync, BoardTarget } from "../../core/boards/types.js";
import type { Database } from "../../core/db/client.js";
import {
  addKeyedJobs,
  boardJobId,
  defineHandler,
  type HandlerRegistration,
  type JobRun,
  runAgainLater,
} from "../jobs.js";
import type { DeliveryDeps } from "../notify/deliver.js";
import { claimChatSlot } from "../notify/pacing.js";
import type { NotifyQueue } from "../notify/relay.js";
import type { OutgoingMessage, Sender, SendFailure } from "../notify/sender.js";
import { lockItem } from "./item-lock.js";

const BATCH = 500;
/** How soon a job finding its item's sync under way looks again. */
const LOCKED_RETRY_MS = 1000;

export interface BoardScanDeps {
  db: Database;
  /** Sync jobs call messengers, so they run on the notify queue, under the one limit a bot has for all it sends. */
  queue: NotifyQueue;
  syncOptions: JobsOptions;
}

/**
 * Queues a sync for each item whose cards show an older state. Nothing is marked here: the job
 * clears the item once its cards show this version, and until then a repeat scan (a later tick,
 * another machine) adds the same job id, which BullMQ ignores; a newer version gets a job of its own.
 */
export async function scanBoardSync({ db, queue, syncOptions }: BoardScanDeps): Promise<number> {
  const due = await findItemsDueForBoards(db, BATCH);
  const jobs = due.map(({ itemId, version }) => ({ data: { itemId }, jobId: boardJobId(itemId, version) }));
  return addKeyedJobs(queue, "sync-board-cards", jobs, syncOptions);
}

/** What a delivery needs, but a board's chat waits out its own 429s rather than pausing the queue. */
export interface BoardSyncDeps extends Omit<DeliveryDeps, "rateLimit"> {
  /** Time between two messages to one board (see SHARED_CHAT_PACE_MS); tests shrink it. */
  paceMs: number;
}

/** What a failed post or edit means for the job: wait this long, retry with backoff, or give up on this board. */
function afterFailure(deps: BoardSyncDeps, failure: SendFailure, target: BoardTarget): number {
  if (failure.kind === "rate-limited") return failure.retryAfterMs;
  if (failure.kind === "transient") throw new Error(failure.reason);
  // The bot was removed from the chat or the card deleted: the item's other boards still get theirs.
  deps.logger.warn({ boardId: target.board.id, reason: failure.reason }, "board card skipped");
  return 0;
}

/** Posts the card, or edits the one already there; either way, the card's message id. */
async function sendCard(
  sender: Sender,
  { board, post }: BoardTarget,
  card: OutgoingMessage,
): Promise<string> {
  if (!post) return sender.post(board.chatId, card);
  await sender.edit(board.chatId, post.messageId, card);
  return post.messageId;
}

/**
 * Brings one board's card up to date. Returns how long to wait first when the board's chat is
 * busy, else 0. Recorded right after the messenger accepted it: only a crash in between can post
 * a card twice.
 */
async function syncCard(
  deps: BoardSyncDeps,
  sync: BoardSync,
  target: BoardTarget,
  now: Date,
): Promise<number> {
  const { board } = target;
  const sender = deps.senders[board.platform];
  if (!sender) {
    deps.logger.warn({ boardId: board.id, platform: board.platform }, "board's messenger is not configured");
    return 0;
  }
  const waitMs = await claimChatSlot(deps.redis, deps.queuePrefix, board.platform, board.chatId, deps.paceMs);
  if (waitMs > 0) return waitMs;
  // In the board's language, which whoever set it up chose for everyone in the chat.
  const card = { language: board.language, ...boardCard(sync, target.view, now) };
  let messageId: string;
  try {
    messageId = await sendCard(sender, target, card);
  } catch (error) {
    return afterFailure(deps, sender.classify(error), target);
  }
  await recordBoardCard(deps.db, {
    boardId: board.id,
    itemId: sync.itemId,
    messageId,
    version: sync.version,
  });
  return 0;
}

/**
 * Syncs every card of the item that is behind; returns how long to wait when a board's chat is
 * busy. Cards already brought up to date are recorded, so the run after the wait goes on with the rest.
 */
async function syncItem(deps: BoardSyncDeps, itemId: string): Promise<number> {
  const sync = await getBoardSync(deps.db, itemId);
  if (!sync) return 0;
  const now = new Date();
  for (const target of sync.targets.filter((candidate) => cardIsBehind(sync, candidate))) {
    const waitMs = await syncCard(deps, sync, target, now);
    if (waitMs > 0) return waitMs;
  }
  await clearBoardSyncDue(deps.db, itemId, sync.version);
  return 0;
}

export async function syncBoardCards(
  deps: BoardSyncDeps,
  itemId: string,
  { job, token }: JobRun,
): Promise<void> {
  const lock = await lockItem(deps.redis, deps.queuePrefix, itemId);
  if (!lock) return runAgainLater(job, token, LOCKED_RETRY_MS);
  let waitMs: number;
  try {
    waitMs = await syncItem(deps, itemId);
  } finally {
    await lock.release();
  }
  if (waitMs > 0) await runAgainLater(job, token, waitMs);
}

export function boardHandlers(deps: BoardSyncDeps & BoardScanDeps): HandlerRegistration[] {
  return [
    defineHandler("market", "scan-board-sync", async () => {
      const queued = await scanBoardSync(deps);
      if (queued > 0) deps.logger.debug({ queued }, "items queued for board sync");
    }),
    defineHandler("notify", "sync-board-cards", ({ itemId }, run) => syncBoardCards(deps, itemId, run)),
  ];
}
