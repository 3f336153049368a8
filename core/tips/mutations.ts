import type { Database } from "../db/client.js";
import { isUniqueViolation } from "../db/errors.js";
import { AppError, parseOrRefuse } from "../errors.js";
import { refuseProfanity } from "../moderation/profanity.js";
import { type TipInput, tipInputSchema } from "./schema.js";

export async function postTip(db: Database, authorId: string, input: TipInput): Promise<string> {
  const tip = parseOrRefuse(tipInputSchema, input);
  refuseProfanity(tip.product, tip.body);
  const { id } = await db.tip.create({
    data: {
      authorId,
      product: tip.product,
      category: tip.category,
      rating: tip.rating,
      body: tip.body,
      photoPlatform: tip.photo?.platform ?? null,
      photoRef: tip.photo?.ref ?? null,
    },
    select: { id: true },
  });
  return id;
}

/** One "helpful" per person and review, never for one's own. */
export async function voteTipHelpful(db: Database, tipId: string, userId: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const [tip, voter] = await Promise.all([
      tx.tip.findUnique({
        where: { id: tipId },
        select: { authorId: true, author: { select: { playground: true } } },
      }),
      tx.user.findUnique({ where: { id: userId }, select: { playground: true } }),
    ]);
    // A persona's vote on a real person's review (or the other way round) is as if the review did not exist.
    if (!tip || tip.author.playground !== voter?.playground) throw new AppError("not-found");
    if (tip.authorId === userId) throw new AppError("own-tip");
    try {
      await tx.tipVote.create({ data: { tipId, userId } });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("already-voted");
      throw error;
    }
    const { helpfulCount } = await tx.tip.update({
      where: { id: tipId },
      data: { helpfulCount: { increment: 1 } },
      select: { helpfulCount: true },
    });
    return helpfulCount;
  });
}
