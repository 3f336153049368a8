import { describe, expect, it } from "vitest";
import { rankCandidates, scoreCandidate } from "./ranking.js";
import type { Candidate, Viewer } from "./types.js";

const now = new Date("2026-12-04T03:00:00Z");
const monthAgo = new Date("2026-11-04T03:00:00Z");

const viewer: Viewer = {
  userId: "me",
  playground: false,
  home: { lat: 37.5563, lng: 126.9236 },
  interests: ["러닝", "요리"],
  dismissedCategories: {},
};

function group(id: string, changes: Partial<Candidate> = {}): Candidate {
  return {
    kind: "group",
    id,
    title: `모임 ${id}`,
    groupName: `모임 ${id}`,
    category: "sports",
    words: [],
    distanceM: 2500,
    activity: 0,
    createdAt: monthAgo,
    coMembers: 0,
    pinned: false,
    ...changes,
  };
}

describe("scoreCandidate", () => {
  it("gives a group 2.5 km away on a 5 km radius half the nearness: 0.5", () => {
    expect(scoreCandidate(group("a"), viewer, now)).toEqual({
      candidate: group("a"),
      score: 0.5,
      reasons: [{ kind: "distance", metres: 2500 }],
    });
  });

  it("adds 1.5 per shared interest word, 0.5·ln(1+joins) and 0.4 per co-member: 0.5 + 1.5 + 0.5·ln 4 + 0.8", () => {
    const busy = group("b", { words: ["한강", "러닝크루"], activity: 3, coMembers: 2 });
    const { score, reasons } = scoreCandidate(busy, viewer, now);
    expect(score).toBeCloseTo(0.5 + 1.5 + 0.5 * Math.log(4) + 0.8, 10);
    expect(reasons).toEqual([
      { kind: "distance", metres: 2500 },
      { kind: "interests", words: ["러닝"] },
      { kind: "co-members", people: 2 },
      { kind: "activity", people: 3, recommended: "group" },
    ]);
  });

  it("takes 0.7 off for each thing of the category the person said not interested to", () => {
    const tired = { ...viewer, dismissedCategories: { sports: 2 } };
    expect(scoreCandidate(group("c"), tired, now).score).toBeCloseTo(0.5 - 1.4, 10);
  });
});

describe("rankCandidates", () => {
  it("puts a shared interest 4 km away above nothing shared next door", () => {
    const list = rankCandidates(
      [group("near", { distanceM: 100 }), group("liked", { distanceM: 4000, words: ["요리"] })],
      viewer,
      now,
    );
    expect(list.map((one) => one.candidate.id)).toEqual(["liked", "near"]);
  });

  it("keeps at most 3 of a kind in a list of 5, so meetups show beside better groups", () => {
    const groups = ["g1", "g2", "g3", "g4", "g5"].map((id) => group(id, { words: ["러닝"] }));
    const meetups = ["m1", "m2"].map((id) => group(id, { kind: "meetup" }));
    const list = rankCandidates([...groups, ...meetups], viewer, now);
    expect(list.map((one) => one.candidate.id)).toEqual(["g1", "g2", "g3", "m1", "m2"]);
  });
});
