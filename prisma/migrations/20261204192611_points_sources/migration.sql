-- AlterEnum
ALTER TYPE "PointHoldReason" ADD VALUE 'one_cell';

-- AlterTable
ALTER TABLE "Meetup" ADD COLUMN     "pinnedUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Meetup_pinnedUntil_idx" ON "Meetup"("pinnedUntil");

-- CreateIndex
CREATE INDEX "Rating_context_createdAt_idx" ON "Rating"("context", "createdAt");

-- CreateIndex
CREATE INDEX "RideGroupMember_rodeAt_idx" ON "RideGroupMember"("rodeAt");

-- CreateIndex
CREATE INDEX "RideNoShow_createdAt_idx" ON "RideNoShow"("createdAt");

-- CreateIndex
CREATE INDEX "TipVote_createdAt_idx" ON "TipVote"("createdAt");
