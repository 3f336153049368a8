-- CreateEnum
CREATE TYPE "PointKind" AS ENUM ('trade_completed', 'ride_happened', 'meetup_attended', 'workout_attended', 'meetup_hosted', 'tip_helpful', 'streak_month', 'listing_bump', 'meetup_pin', 'reversal');

-- CreateEnum
CREATE TYPE "PointStatus" AS ENUM ('credited', 'held');

-- CreateEnum
CREATE TYPE "PointHoldReason" AS ENUM ('unverified', 'own_counterpart', 'daily_cap', 'counterpart_cap');

-- CreateTable
CREATE TABLE "PointEntry" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "PointKind" NOT NULL,
    "cause" VARCHAR(120) NOT NULL,
    "amount" INTEGER NOT NULL,
    "counterpartId" UUID,
    "status" "PointStatus" NOT NULL,
    "heldReason" "PointHoldReason",
    "reversesId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointBalance" (
    "userId" UUID NOT NULL,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "earned" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PointBalance_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "PointEntry_reversesId_key" ON "PointEntry"("reversesId");

-- CreateIndex
CREATE INDEX "PointEntry_userId_createdAt_idx" ON "PointEntry"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "PointEntry_userId_kind_createdAt_idx" ON "PointEntry"("userId", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "PointEntry_userId_counterpartId_kind_createdAt_idx" ON "PointEntry"("userId", "counterpartId", "kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PointEntry_userId_kind_cause_key" ON "PointEntry"("userId", "kind", "cause");

-- AddForeignKey
ALTER TABLE "PointEntry" ADD CONSTRAINT "PointEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointEntry" ADD CONSTRAINT "PointEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "PointEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointBalance" ADD CONSTRAINT "PointBalance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Checks Prisma cannot express. A balance is never overdrawn, even by a bug or two spends at once.
-- A held entry always says why, a credited one never. A reversal always names what it reverses.
ALTER TABLE "PointBalance" ADD CONSTRAINT "PointBalance_balance_not_negative" CHECK ("balance" >= 0);
ALTER TABLE "PointBalance" ADD CONSTRAINT "PointBalance_earned_not_negative" CHECK ("earned" >= 0);
ALTER TABLE "PointEntry" ADD CONSTRAINT "PointEntry_held_has_reason" CHECK (("status" = 'held') = ("heldReason" IS NOT NULL));
ALTER TABLE "PointEntry" ADD CONSTRAINT "PointEntry_reversal_names_entry" CHECK (("kind" = 'reversal') = ("reversesId" IS NOT NULL));
