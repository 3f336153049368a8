import type { Database } from "../../db/client.js";
import { creditPoints, reversePoints } from "../mutations.js";
import { type EarningKind, pointSettings } from "../settings.js";
import {
  meetupsAttended,
  meetupsHosted,
  ridesHappened,
  streaksKeptAMonth,
  tipsFoundHelpful,
  tradesCompleted,
  workoutsAttended,
} from "./queries.js";
import type { OutcomeSource } from "./source.js";

// The points scan: every earning kind's source, read for what is owed, each owed entry credited in
// its own small transaction. The ledger, not the scan, is the record: a scan repeated, run on two
// machines or cut off half-way pays each cause once, and the next one picks up what is left.

/** One source per earning kind: the compiler asks for a source when a kind is added. */
export const outcomeSources: Record<EarningKind, OutcomeSource> = {
  trade_completed: tradesCompleted,
  ride_happened: ridesHappened,
  meetup_attended: meetupsAttended,
  workout_attended: workoutsAttended,
  meetup_hosted: meetupsHosted,
  tip_helpful: tipsFoundHelpful,
  streak_month: streaksKeptAMonth,
};

/** At most this many outcomes per kind and scan: a backlog is paid over the next scans. */
const SCAN_BATCH = 500;
const DAY_MS = 24 * 60 * 60_000;

export interface ScanCounts {
  entered: number;
  reversed: number;
  /** Entries that failed (their person deleted meanwhile, say): tried again by the next scan. */
  failed: number;
}

/**
 * One entry of the scan. A failure is counted and left for the next scan, so that one outcome
 * that cannot be entered never holds back the others.
 */
async function enter(
  counts: ScanCounts,
  made: "entered" | "reversed",
  write: () => Promise<{ created: boolean }>,
) {
  try {
    if ((await write()).created) counts[made] += 1;
  } catch {
    counts.failed += 1;
  }
}

/** Credits every outcome owed and reverses every entry whose cause was undone, since the lookback. */
export async function creditOutcomes(db: Database, now = new Date()): Promise<ScanCounts> {
  const since = new Date(now.getTime() - pointSettings.outcomeLookbackDays * DAY_MS);
  const counts: ScanCounts = { entered: 0, reversed: 0, failed: 0 };
  for (const source of Object.values(outcomeSources)) {
    for (const owed of await source.outstanding(db, since, SCAN_BATCH))
      await enter(counts, "entered", () => creditPoints(db, owed, now));
    for (const { entryId, reason } of (await source.undone?.(db, since, SCAN_BATCH)) ?? [])
      await enter(counts, "reversed", () => reversePoints(db, entryId, reason, now));
  }
  return counts;
}
