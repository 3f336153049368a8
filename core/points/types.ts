import type { PointHoldReason, PointKind, PointStatus } from "../db/generated/enums.js";
import type { Badge } from "./badges.js";
import type { LevelProgress } from "./levels.js";
import type { EarningKind, SpendingKind } from "./settings.js";

export interface CreditInput {
  userId: string;
  kind: EarningKind;
  /** What caused it, by id ("trade:<tradeId>"): the same cause never earns twice. */
  cause: string;
  /** The other person in the outcome, for the per-counterpart cap. */
  counterpartId?: string;
  /** Set when the outcome looks like self-dealing: it is held with this as the reason. */
  pattern?: SelfDealingPattern;
}

/** Hold reasons an outcome's source decides, from what it knows of the outcome. */
export type SelfDealingPattern = Extract<PointHoldReason, "one_cell">;

export interface SpendInput {
  userId: string;
  kind: SpendingKind;
  /** What is bought, by id ("bump:<itemId>:<n>"): the same cause is never paid twice. */
  cause: string;
}

/** The ledger entry a call left; `created` is false when it was there already. */
export interface EntryOutcome {
  entryId: string;
  amount: number;
  status: PointStatus;
  heldReason: PointHoldReason | null;
  created: boolean;
}

export interface PointsEntryView {
  kind: PointKind;
  amount: number;
  status: PointStatus;
  heldReason: PointHoldReason | null;
  /** A later entry took it back. */
  reversed: boolean;
  createdAt: Date;
}

export interface PointsSummary {
  balance: number;
  earned: number;
  level: LevelProgress;
  entries: PointsEntryView[];
  badges: Badge[];
}

/** The boards of the person's neighbourhood: all time, and this week. */
export const neighbourhoodBoards = ["neighbourhood", "week"] as const;

/** Which board: the person's neighbourhood all time, their neighbourhood this week, or a group's. */
export type LeaderboardChoice =
  | { board: "neighbourhood" }
  | { board: "week" }
  | { board: "group"; groupId: string };

export interface LeaderboardLine {
  /** 1 + how many on the board have more points: people with as many share a rank. */
  rank: number;
  displayName: string;
  verified: boolean;
  points: number;
  /** The person looking at the board. */
  isViewer: boolean;
}

export interface Leaderboard {
  choice: LeaderboardChoice;
  /** The group's name, for a group's board. */
  groupName: string | undefined;
  top: LeaderboardLine[];
  /** The viewer's own line, ranked null until they have points on this board. */
  viewer: { rank: number | null; points: number };
  /** The viewer chose not to appear: others do not see them, they still see their own rank. */
  viewerHidden: boolean;
}
