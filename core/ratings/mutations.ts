import type { Prisma } from "../db/client.js";
import { isUniqueViolation } from "../db/errors.js";
import { AppError } from "../errors.js";
import { markTrustStale } from "../trust/mutations.js";
import type { NewRating } from "./types.js";

/**
 * Stores one rating. The caller has checked that the two people really did the thing together;
 * the database refuses a second rating of the same person for the same thing.
 */
export async function recordRating(tx: Prisma.TransactionClient, rating: NewRating): Promise<void> {
  try {
    await tx.rating.create({
      data: {
        context: rating.context,
        subjectId: rating.subjectId,
        raterId: rating.raterId,
        rateeId: rating.rateeId,
        score: rating.score,
        tags: rating.tags,
        comment: rating.comment || null,
      },
    });
    await markTrustStale(tx, [rating.rateeId]);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("already-rated");
    throw error;
  }
}
