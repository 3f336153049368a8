-- CreateEnum
CREATE TYPE "RecommendationKind" AS ENUM ('group', 'meetup');

-- CreateTable
CREATE TABLE "RecommendationDismissal" (
    "userId" UUID NOT NULL,
    "kind" "RecommendationKind" NOT NULL,
    "subjectId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationDismissal_pkey" PRIMARY KEY ("userId","kind","subjectId")
);

-- AddForeignKey
ALTER TABLE "RecommendationDismissal" ADD CONSTRAINT "RecommendationDismissal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
