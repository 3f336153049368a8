import type { Database, Prisma } from "../../db/client.js";
import type { RideGroupStatus } from "../../db/generated/enums.js";
import { AppError, parseOrRefuse } from "../../errors.js";
import { recordRating } from "../../ratings/mutations.js";
import { ratingCommentSchema, ratingScoreSchema, ratingTagsSchema } from "../../ratings/schema.js";
import type { RatingTag } from "../../ratings/types.js";
import { markTrustStale } from "../../trust/mutations.js";

// What riders answer to the follow-up after a departed ride: that they rode, how the others
// were, and who never came.

type Tx = Prisma.TransactionClient;

/** Only a departed taxi has an after: a cancelled one never happened, an upcoming one not yet. */
function refuseUnlessDeparted(status: RideGroupStatus): void {
  if (status === "cancelled" || status === "dissolved") throw new AppError("ride-was-cancelled");
  if (status !== "departed") throw new AppError("ride-not-over");
}

/** The two people shared a departed taxi; anyone else is refused. */
async function departedTogether(tx: Tx, groupId: string, a: string, b: string) {
  const group = await tx.rideGroup.findUnique({
    where: { id: groupId },
    select: { status: true, members: { select: { riderId: true } } },
  });
  const riders = new Set(group?.members.map((member) => member.riderId));
  if (!group || !riders.has(a) || !riders.has(b) || a === b) throw new AppError("not-co-rider");
  refuseUnlessDeparted(group.status);
}

/** The rider says the ride happened. */
export async function confirmRideTaken(db: Database, groupId: string, userId: string, now = new Date()) {
  const member = await db.rideGroupMember.findFirst({
    where: { groupId, riderId: userId },
    select: { group: { select: { status: true } } },
  });
  if (!member) throw new AppError("not-co-rider");
  refuseUnlessDeparted(member.group.status);
  await db.rideGroupMember.updateMany({
    where: { groupId, riderId: userId, rodeAt: null },
    data: { rodeAt: now },
  });
}

export async function rateCoRider(
  db: Database,
  input: {
    groupId: string;
    raterId: string;
    rateeId: string;
    score: number;
    tags: RatingTag[];
    comment?: string;
  },
): Promise<void> {
  const score = parseOrRefuse(ratingScoreSchema, input.score);
  const tags = parseOrRefuse(ratingTagsSchema, input.tags);
  const comment = parseOrRefuse(ratingCommentSchema.optional(), input.comment);
  await db.$transaction(async (tx) => {
    await departedTogether(tx, input.groupId, input.raterId, input.rateeId);
    await recordRating(tx, {
      context: "ride",
      subjectId: input.groupId,
      raterId: input.raterId,
      rateeId: input.rateeId,
      score,
      tags,
      comment,
    });
  });
}

/** A co-rider who never came; one report per reporter, ride and person, kept for the trust score. */
export async function reportNoShow(
  db: Database,
  input: { groupId: string; reporterId: string; reportedId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await departedTogether(tx, input.groupId, input.reporterId, input.reportedId);
    await tx.rideNoShow.createMany({ data: [input], skipDuplicates: true });
    await markTrustStale(tx, [input.reportedId]);
  });
}
