// Every weight of the offline ranker (ranking.ts), each with why. Scores are sums of small, named
// parts, so every recommendation can say why it is there, and a change here is a change of taste
// that `npm run bench:recs` will measure.

export interface RecommendationSettings {
  /** Only what lies this close to the person's home is a candidate. */
  radiusM: number;
  /** What is nearest adds this much, fading to nothing at the radius's edge. */
  nearnessWeight: number;
  /** For each word of the person's interests a group's name, description or tags share. */
  interestWeight: number;
  /** Shared interest words counted at most: a group is not better for repeating one word. */
  interestWordsCounted: number;
  /** For each person who joined lately (groups) or is going (meetups), on a log scale. */
  popularityWeight: number;
  /** How far back "joined lately" looks, in days. */
  recentDays: number;
  /** A group made within `recentDays`: new groups need their first members. */
  freshWeight: number;
  /** For each person of the viewer's own groups who is in the group too, up to `coMembersCounted`. */
  coMemberWeight: number;
  coMembersCounted: number;
  /** A meetup the host pinned with points (meetup_pin). */
  pinnedWeight: number;
  /** For each thing of the same category the person said "not interested" to. */
  dismissedCategoryPenalty: number;
  /** Meetups ahead within this many days. */
  meetupHorizonDays: number;
  /** Lines in /foryou, and at most this many of one kind, so the list stays mixed. */
  listSize: number;
  perKind: number;
}

export const defaultRecommendationSettings: RecommendationSettings = {
  // 5 km: the groups list's default radius, a bus ride or a bike ride away.
  radiusM: 5000,
  nearnessWeight: 1,
  // 1.5: one shared interest outweighs being next door, as Meetup's topic-first matching does.
  interestWeight: 1.5,
  interestWordsCounted: 3,
  popularityWeight: 0.5,
  recentDays: 7,
  freshWeight: 0.3,
  // 0.4 each, up to 3: "people in your groups also joined" is a strong, explainable signal.
  coMemberWeight: 0.4,
  coMembersCounted: 3,
  pinnedWeight: 1,
  dismissedCategoryPenalty: 0.7,
  meetupHorizonDays: 14,
  listSize: 5,
  perKind: 3,
};
