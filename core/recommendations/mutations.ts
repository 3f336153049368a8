import type { Database } from "../db/client.js";
import type { RecommendationKind } from "./types.js";

/**
 * "Not interested": the thing is never recommended to the person again, and a group's category
 * counts a little less for them (ranking.ts). Saying it twice changes nothing.
 */
export async function dismissRecommendation(
  db: Database,
  userId: string,
  kind: RecommendationKind,
  subjectId: string,
): Promise<void> {
  await db.recommendationDismissal.createMany({ data: [{ userId, kind, subjectId }], skipDuplicates: true });
}

/** Turns the person's recommendations off (nothing is ranked for them) or on again. */
export async function switchRecommendations(db: Database, userId: string, on: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { recommendationsOn: on } });
}
