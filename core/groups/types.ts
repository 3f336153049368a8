import type { Place } from "../place.js";
import type { Reputation } from "../trust/types.js";
import type { WorkoutGoal } from "../workouts/types.js";
import type { GroupRole } from "./roles.js";

// The groups' shared vocabulary: what a group is to the people browsing, joining and running it.

export const groupCategories = [
  "sports",
  "games",
  "food",
  "cooking",
  "reading",
  "study",
  "culture",
  "outdoors",
  "music",
  "other",
] as const;
export type GroupCategory = (typeof groupCategories)[number];

export const joinPolicies = ["open", "approval"] as const;
export type JoinPolicy = (typeof joinPolicies)[number];

/** How a member hears about new posts: one notice each, a daily digest, or nothing. */
export const postNotices = ["each", "digest", "none"] as const;
export type PostNotice = (typeof postNotices)[number];

/** A group in a list: enough to pick one, never who is in it. */
export interface GroupSummary {
  id: string;
  name: string;
  category: GroupCategory;
  tags: string[];
  areaLabel: string | undefined;
  memberCount: number;
  memberLimit: number | undefined;
  joinPolicy: JoinPolicy;
  /** From the searcher's point, rounded (market's roundDistance); undefined without a point. */
  distanceM: number | undefined;
}

/** The viewer's standing in a group. */
export type Standing = { role: GroupRole } | { role: undefined; pendingRequest: boolean };

/** A group's card as one person sees it. */
export interface GroupView extends GroupSummary {
  description: string;
  /** The group's area, stored rounded to a neighbourhood block. */
  area: Place;
  joinQuestion: string | undefined;
  standing: Standing;
  /** Pending join requests, counted for moderators and the owner only. */
  pendingRequests: number | undefined;
  /** The viewer's post notice, for members. */
  postNotice: PostNotice | undefined;
  /** What its members' workouts aim at ("주 3회"), if the group set a goal. */
  goal: WorkoutGoal | undefined;
}

/** What a group search looks for, around one point. */
export interface GroupSearch {
  /** The searcher is a playground persona: personas and real people never see each other's groups. */
  playground: boolean;
  lat: number;
  lng: number;
  radiusM: number;
  keyword?: string | undefined;
  /** Tags the group must carry, all of them (normalized as groups store them). */
  tags?: string[] | undefined;
  category?: GroupCategory | undefined;
}

export interface GroupPage {
  groups: GroupSummary[];
  page: number;
  hasMore: boolean;
}

export interface MemberView {
  userId: string;
  displayName: string;
  role: GroupRole;
}

export interface JoinRequestView {
  userId: string;
  displayName: string;
  verified: boolean;
  reputation: Reputation;
  answer: string | undefined;
  createdAt: Date;
}

/** A group of mine, with my role in it. */
export interface MyGroup extends GroupSummary {
  role: GroupRole;
}

export type JoinOutcome = "joined" | "requested";
