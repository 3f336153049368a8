-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('female', 'male');

-- CreateEnum
CREATE TYPE "RideRequestStatus" AS ENUM ('waiting', 'proposed', 'confirmed', 'done', 'cancelled', 'expired');

-- CreateEnum
CREATE TYPE "RideGroupStatus" AS ENUM ('proposed', 'confirmed', 'dissolved', 'cancelled', 'departed');

-- CreateEnum
CREATE TYPE "FareSplit" AS ENUM ('distance', 'equal');

-- AlterEnum
ALTER TYPE "ConversationContext" ADD VALUE 'ride';

-- AlterEnum
ALTER TYPE "RatingContext" ADD VALUE 'ride';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailCipher" TEXT,
ADD COLUMN     "gender" "Gender",
ADD COLUMN     "phoneCipher" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "EmailCode" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "emailCipher" TEXT NOT NULL,
    "codeCipher" TEXT,
    "codeHash" CHAR(64) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RideRequest" (
    "id" UUID NOT NULL,
    "riderId" UUID NOT NULL,
    "status" "RideRequestStatus" NOT NULL DEFAULT 'waiting',
    "liveRiderId" UUID,
    "originLat" DOUBLE PRECISION NOT NULL,
    "originLng" DOUBLE PRECISION NOT NULL,
    "originLabel" VARCHAR(60),
    "destLat" DOUBLE PRECISION NOT NULL,
    "destLng" DOUBLE PRECISION NOT NULL,
    "destLabel" VARCHAR(60),
    "earliest" TIMESTAMP(3) NOT NULL,
    "latest" TIMESTAMP(3) NOT NULL,
    "seats" SMALLINT NOT NULL,
    "maxExtraMin" SMALLINT NOT NULL,
    "sameGender" BOOLEAN NOT NULL DEFAULT false,
    "gender" "Gender",
    "playground" BOOLEAN NOT NULL DEFAULT false,
    "groupId" UUID,
    "avoidIds" UUID[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "matchDueAt" TIMESTAMP(3),
    "lateCancel" BOOLEAN NOT NULL DEFAULT false,
    "cancelledAt" TIMESTAMP(3),
    "alertsMatchedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RideRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RideGroup" (
    "id" UUID NOT NULL,
    "status" "RideGroupStatus" NOT NULL DEFAULT 'proposed',
    "departAt" TIMESTAMP(3) NOT NULL,
    "proposalExpiresAt" TIMESTAMP(3) NOT NULL,
    "split" "FareSplit" NOT NULL DEFAULT 'distance',
    "fareKrw" INTEGER NOT NULL,
    "distanceM" INTEGER NOT NULL,
    "durationS" INTEGER NOT NULL,
    "playground" BOOLEAN NOT NULL DEFAULT false,
    "confirmedAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "followUpAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RideGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RideGroupMember" (
    "groupId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "riderId" UUID NOT NULL,
    "pickupOrder" SMALLINT NOT NULL,
    "dropOrder" SMALLINT NOT NULL,
    "soloFareKrw" INTEGER NOT NULL,
    "shareKrw" INTEGER NOT NULL,
    "extraS" INTEGER NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "rodeAt" TIMESTAMP(3),
    "lateCancel" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RideGroupMember_pkey" PRIMARY KEY ("groupId","requestId")
);

-- CreateTable
CREATE TABLE "RideNoShow" (
    "groupId" UUID NOT NULL,
    "reporterId" UUID NOT NULL,
    "reportedId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RideNoShow_pkey" PRIMARY KEY ("groupId","reporterId","reportedId")
);

-- CreateTable
CREATE TABLE "RideAlert" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "originLat" DOUBLE PRECISION NOT NULL,
    "originLng" DOUBLE PRECISION NOT NULL,
    "originLabel" VARCHAR(60),
    "destLat" DOUBLE PRECISION NOT NULL,
    "destLng" DOUBLE PRECISION NOT NULL,
    "destLabel" VARCHAR(60),
    "minuteOfDay" SMALLINT NOT NULL,
    "notifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RideAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EmailCode_userId_createdAt_idx" ON "EmailCode"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "EmailCode_sentAt_createdAt_idx" ON "EmailCode"("sentAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RideRequest_liveRiderId_key" ON "RideRequest"("liveRiderId");

-- CreateIndex
CREATE INDEX "RideRequest_matchDueAt_idx" ON "RideRequest"("matchDueAt");

-- CreateIndex
CREATE INDEX "RideRequest_updatedAt_idx" ON "RideRequest"("updatedAt");

-- CreateIndex
CREATE INDEX "RideRequest_riderId_createdAt_idx" ON "RideRequest"("riderId", "createdAt");

-- CreateIndex
CREATE INDEX "RideRequest_alertsMatchedAt_createdAt_idx" ON "RideRequest"("alertsMatchedAt", "createdAt");

-- CreateIndex
CREATE INDEX "RideGroup_status_proposalExpiresAt_idx" ON "RideGroup"("status", "proposalExpiresAt");

-- CreateIndex
CREATE INDEX "RideGroup_status_departAt_idx" ON "RideGroup"("status", "departAt");

-- CreateIndex
CREATE INDEX "RideGroupMember_riderId_idx" ON "RideGroupMember"("riderId");

-- CreateIndex
CREATE UNIQUE INDEX "RideGroupMember_groupId_riderId_key" ON "RideGroupMember"("groupId", "riderId");

-- CreateIndex
CREATE INDEX "RideNoShow_reportedId_idx" ON "RideNoShow"("reportedId");

-- CreateIndex
CREATE INDEX "RideAlert_userId_idx" ON "RideAlert"("userId");

-- AddForeignKey
ALTER TABLE "EmailCode" ADD CONSTRAINT "EmailCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RideRequest" ADD CONSTRAINT "RideRequest_riderId_fkey" FOREIGN KEY ("riderId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RideRequest" ADD CONSTRAINT "RideRequest_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RideGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RideGroupMember" ADD CONSTRAINT "RideGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RideGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RideGroupMember" ADD CONSTRAINT "RideGroupMember_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "RideRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RideAlert" ADD CONSTRAINT "RideAlert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

