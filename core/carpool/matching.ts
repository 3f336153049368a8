import type { Database } from "../db/client.js";
import { matchRideAlerts } from "./alerts/mutations.js";
import { agreedSplit, groupFare } from "./fare.js";
import { answerableWish, assignBatch, bestGroupFor } from "./grouping.js";
import { OpenRequests } from "./open-requests.js";
import { proposeGroup } from "./proposals/mutations.js";
import { listWaitingWishes, listWishChanges } from "./queries.js";
import { CANDIDATES_PLANNED } from "./ranking.js";
import { markMatched } from "./requests/mutations.js";
import type { CarpoolSettings } from "./settings.js";
import { roadEstimator } from "./travel.js";
import type { GroupPlan, RideWish, TravelEstimator } from "./types.js";

/**
 * Changes are read again this far back: a transaction stamps updatedAt before it commits, so a
 * change may become visible after a read that already passed its time.
 */
const CHANGE_OVERLAP_MS = 5000;
/** More changes than this since the last look, and the index is rebuilt instead. */
const MAX_CHANGES = 20_000;
/** A match whose rider vanished under it is retried this often with the index caught up. */
const ATTEMPTS = 3;

export interface MatcherDeps {
  db: Database;
  settings: CarpoolSettings;
  /** Told how many requests the index holds each time it is rebuilt, for the worker's log. */
  onRebuilt(open: number): void;
  estimate?: TravelEstimator;
}

/**
 * One worker's matching: the open requests in memory, caught up with Postgres (the record) before
 * each pass, so several workers and restarts all see the same requests. Proposals claim their
 * requests in the database, so a stale index can only cost a retry, never a double booking.
 */
export function createMatcher({ db, settings, onRebuilt, estimate = roadEstimator(settings) }: MatcherDeps) {
  const index = new OpenRequests();
  let syncedUpTo: Date | undefined;

  async function rebuild(): Promise<void> {
    const startedAt = new Date();
    index.clear();
    for (const wish of await listWaitingWishes(db)) index.upsert(wish);
    syncedUpTo = startedAt;
    onRebuilt(index.size);
  }

  async function catchUp(): Promise<void> {
    if (!syncedUpTo) return rebuild();
    const changes = await listWishChanges(
      db,
      new Date(syncedUpTo.getTime() - CHANGE_OVERLAP_MS),
      MAX_CHANGES,
    );
    if (changes.length === MAX_CHANGES) return rebuild();
    for (const change of changes) {
      if (change.waiting) index.upsert(change.wish);
      else index.remove(change.wish.id);
      if (change.updatedAt > syncedUpTo) syncedUpTo = change.updatedAt;
    }
  }

  const answerable = (wish: RideWish, now: Date) => answerableWish(wish, now.getTime(), settings);
  const candidatesOf = (wish: RideWish) => index.candidatesFor(wish, settings, CANDIDATES_PLANNED);

  async function propose(plan: GroupPlan, now: Date) {
    const wishes = plan.requestIds.map((id) => index.get(id)).filter((wish) => wish !== undefined);
    const split = agreedSplit(wishes);
    const outcome = await proposeGroup(
      db,
      {
        plan,
        fare: groupFare(plan, wishes, split, settings),
        versions: new Map(wishes.map((wish) => [wish.id, wish.version])),
        split,
      },
      settings,
      now,
    );
    if (outcome.status === "proposed") {
      for (const id of plan.requestIds) index.remove(id);
    } else {
      index.remove(outcome.requestId);
      await catchUp();
    }
    return outcome;
  }

  /** The instant pass for one request at one version: propose its best group if there is one. */
  async function matchRequest(
    requestId: string,
    version: number,
    now = new Date(),
  ): Promise<string | undefined> {
    await catchUp();
    let groupId: string | undefined;
    for (let attempt = 0; attempt < ATTEMPTS && !groupId; attempt++) {
      const held = index.get(requestId);
      const wish = held?.version === version ? answerable(held, now) : undefined;
      if (!wish) break;
      const plan = bestGroupFor(wish, candidatesOf(wish), estimate, settings);
      if (!plan) break;
      const outcome = await propose(plan, now);
      if (outcome.status === "proposed") groupId = outcome.groupId;
    }
    await markMatched(db, requestId, version);
    await matchRideAlerts(db, requestId, settings, now);
    return groupId;
  }

  /** The periodic pass over everything still waiting, grouping what one-at-a-time matching missed. */
  async function matchBatch(now = new Date()): Promise<number> {
    await catchUp();
    const open: RideWish[] = [];
    for (const wish of [...index.waiting()]) {
      const searched = answerable(wish, now);
      // Too late to propose: upkeep closes it in the database; the index can let it go now.
      if (searched) open.push(searched);
      else index.remove(wish.id);
    }
    const plans = assignBatch(open, candidatesOf, estimate, settings);
    let proposed = 0;
    for (const plan of plans) {
      if (plan.requestIds.some((id) => !index.get(id))) continue;
      if ((await propose(plan, now)).status === "proposed") proposed++;
    }
    return proposed;
  }

  return {
    matchRequest,
    matchBatch,
    rebuild,
    get openRequests() {
      return index.size;
    },
  };
}

export type Matcher = ReturnType<typeof createMatcher>;
