import { defaultRecommendationSettings, type RecommendationSettings } from "./settings.js";
import type { Candidate, Reason, Recommendation, RecommendationKind, Viewer } from "./types.js";
import { sharedInterests } from "./words.js";

// The offline ranker: deterministic, and every score a sum of named parts that become its line of
// why. It runs on the candidates core/recommendations/queries.ts found near the person; the
// exclusions (their own, full, past, far, dismissed) are the query's.

const DAY_MS = 24 * 60 * 60_000;

interface Part {
  points: number;
  reason?: Reason;
}

function parts(candidate: Candidate, viewer: Viewer, now: Date, settings: RecommendationSettings): Part[] {
  const counted = sharedInterests(viewer.interests, candidate.words).slice(0, settings.interestWordsCounted);
  const coMembers = Math.min(candidate.coMembers, settings.coMembersCounted);
  const isNew = now.getTime() - candidate.createdAt.getTime() <= settings.recentDays * DAY_MS;
  const dismissed = viewer.dismissedCategories[candidate.category] ?? 0;
  return [
    {
      points: settings.nearnessWeight * Math.max(0, 1 - candidate.distanceM / settings.radiusM),
      reason: { kind: "distance", metres: candidate.distanceM },
    },
    counted.length > 0
      ? { points: settings.interestWeight * counted.length, reason: { kind: "interests", words: counted } }
      : { points: 0 },
    candidate.activity > 0
      ? {
          points: settings.popularityWeight * Math.log1p(candidate.activity),
          reason: { kind: "activity", people: candidate.activity, recommended: candidate.kind },
        }
      : { points: 0 },
    coMembers > 0
      ? {
          points: settings.coMemberWeight * coMembers,
          reason: { kind: "co-members", people: candidate.coMembers },
        }
      : { points: 0 },
    isNew && candidate.kind === "group"
      ? { points: settings.freshWeight, reason: { kind: "new" } }
      : { points: 0 },
    candidate.pinned ? { points: settings.pinnedWeight, reason: { kind: "pinned" } } : { points: 0 },
    { points: -settings.dismissedCategoryPenalty * dismissed },
  ];
}

/** One candidate's score and why, the distance always first as people read it. */
export function scoreCandidate(
  candidate: Candidate,
  viewer: Viewer,
  now: Date,
  settings = defaultRecommendationSettings,
): Recommendation {
  const scored = parts(candidate, viewer, now, settings);
  const score = scored.reduce((sum, part) => sum + part.points, 0);
  const [distance, ...others] = scored;
  const raised = others.filter((part) => part.reason && part.points > 0).sort((a, b) => b.points - a.points);
  const reasons = [distance, ...raised].flatMap((part) => (part?.reason ? [part.reason] : []));
  return { candidate, score, reasons };
}

/**
 * The list: the best first, at most `perKind` of a kind so that groups and meetups both show, ties
 * broken by id so that the same facts always give the same list.
 */
export function rankCandidates(
  candidates: Candidate[],
  viewer: Viewer,
  now: Date,
  settings = defaultRecommendationSettings,
): Recommendation[] {
  const ranked = candidates
    .map((candidate) => scoreCandidate(candidate, viewer, now, settings))
    .sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id));
  const taken = new Map<RecommendationKind, number>();
  const list: Recommendation[] = [];
  for (const recommendation of ranked) {
    const kind = recommendation.candidate.kind;
    if ((taken.get(kind) ?? 0) >= settings.perKind) continue;
    taken.set(kind, (taken.get(kind) ?? 0) + 1);
    list.push(recommendation);
    if (list.length === settings.listSize) break;
  }
  return list;
}
