import type { GroupCategory } from "../db/generated/enums.js";

export type RecommendationKind = "group" | "meetup";

/** Something that may be recommended, with the facts its score is made of. */
export interface Candidate {
  kind: RecommendationKind;
  id: string;
  title: string;
  /** The group's name (a meetup's group, or the group itself). */
  groupName: string;
  category: GroupCategory;
  /** Words of the group's name and tags (words.ts). */
  words: string[];
  /** Metres from the person's home, rounded as others may see it. */
  distanceM: number;
  /** Joined lately (a group) or going (a meetup). */
  activity: number;
  createdAt: Date;
  /** People of the viewer's own groups who are in the group. */
  coMembers: number;
  pinned: boolean;
  /** A meetup's time. */
  span?: { startAt: Date; endAt: Date };
}

/** One named part of a score, with what it counted (shown as the line of why). */
export type Reason =
  | { kind: "distance"; metres: number }
  | { kind: "interests"; words: string[] }
  | { kind: "activity"; people: number; recommended: RecommendationKind }
  | { kind: "co-members"; people: number }
  | { kind: "new" }
  | { kind: "pinned" };

export interface Recommendation {
  candidate: Candidate;
  score: number;
  /** The parts that raised the score, the largest first. */
  reasons: Reason[];
}

/** What is known of the person the list is for. */
export interface Viewer {
  userId: string;
  playground: boolean;
  home: { lat: number; lng: number };
  /** Words of their interests (words.ts). */
  interests: string[];
  /** How many things of each category they said "not interested" to. */
  dismissedCategories: Partial<Record<GroupCategory, number>>;
}

/** What /foryou has for a person. */
export type ForYou = { state: "off" } | { state: "no-home" } | { state: "list"; list: Recommendation[] };

/** What recommendations are made from, shown to the person they are for. */
export interface RecommendationBasis {
  on: boolean;
  /** The label of their home area ("" when it has none); undefined without a home area. */
  homeArea: string | undefined;
  radiusM: number;
  interests: string[];
  /** Things they said "not interested" to. */
  dismissed: number;
}
