-- AlterTable
ALTER TABLE "RideRequest" ADD COLUMN     "minTemperature" DOUBLE PRECISION,
ADD COLUMN     "temperature" DOUBLE PRECISION NOT NULL DEFAULT 36.5;

-- CreateTable
CREATE TABLE "TrustScore" (
    "userId" UUID NOT NULL,
    "temperature" DOUBLE PRECISION NOT NULL DEFAULT 36.5,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "computedVersion" INTEGER NOT NULL DEFAULT 0,
    "computedAt" TIMESTAMP(3),
    "staleSince" TIMESTAMP(3),

    CONSTRAINT "TrustScore_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "TrustScore_staleSince_idx" ON "TrustScore"("staleSince");

-- AddForeignKey
ALTER TABLE "TrustScore" ADD CONSTRAINT "TrustScore_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
