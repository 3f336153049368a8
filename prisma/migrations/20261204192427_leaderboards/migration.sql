-- AlterTable
ALTER TABLE "User" ADD COLUMN     "homeCell" INTEGER,
ADD COLUMN     "onLeaderboards" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "User_playground_homeCell_idx" ON "User"("playground", "homeCell");

-- The homes set before this column existed get their cell as core/cells.ts cellOf computes it
UPDATE "User" SET "homeCell" = floor(("homeLat" + 90) / 0.027::float8)::int * 20000 + floor(("homeLng" + 180) / 0.034::float8)::int
WHERE "homeLat" IS NOT NULL AND "homeLng" IS NOT NULL;
