import { Prisma } from "../../db/generated/client.js";
import { notEntered, type OutcomeSource } from "./source.js";

// A tip earns its author once per verified person who found it helpful: votes of unverified
// accounts, which anyone can make many of, count for nothing.

const cause = Prisma.sql`'tip-vote:' || v."tipId" || ':' || v."userId"`;

export const tipsFoundHelpful: OutcomeSource = {
  kind: "tip_helpful",
  async outstanding(db, since, limit) {
    const rows = await db.$queryRaw<{ tipId: string; voterId: string; authorId: string }[]>`
      SELECT v."tipId", v."userId" AS "voterId", t."authorId" FROM "TipVote" v
      JOIN "Tip" t ON t.id = v."tipId"
      JOIN "User" u ON u.id = v."userId" AND u."verifiedAt" IS NOT NULL
      WHERE v."createdAt" >= ${since} AND v."userId" <> t."authorId"
        AND ${notEntered(Prisma.sql`t."authorId"`, "tip_helpful", cause)}
      LIMIT ${limit}`;
    return rows.map(({ tipId, voterId, authorId }) => ({
      userId: authorId,
      kind: "tip_helpful" as const,
      cause: `tip-vote:${tipId}:${voterId}`,
      counterpartId: voterId,
    }));
  },
};
