-- AlterTable
ALTER TABLE "PointBalance" ADD COLUMN     "homeCell" INTEGER,
ADD COLUMN     "onLeaderboards" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "playground" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PointWeek" (
    "userId" UUID NOT NULL,
    "week" DATE NOT NULL,
    "earned" INTEGER NOT NULL DEFAULT 0,
    "playground" BOOLEAN NOT NULL,
    "homeCell" INTEGER,
    "onLeaderboards" BOOLEAN NOT NULL,

    CONSTRAINT "PointWeek_pkey" PRIMARY KEY ("userId","week")
);

-- CreateIndex
CREATE INDEX "PointWeek_week_playground_homeCell_onLeaderboards_earned_us_idx" ON "PointWeek"("week", "playground", "homeCell", "onLeaderboards", "earned" DESC, "userId");

-- CreateIndex
CREATE INDEX "PointBalance_playground_homeCell_onLeaderboards_earned_user_idx" ON "PointBalance"("playground", "homeCell", "onLeaderboards", "earned" DESC, "userId");

-- AddForeignKey
ALTER TABLE "PointWeek" ADD CONSTRAINT "PointWeek_userId_fkey" FOREIGN KEY ("userId") REFERENCES "PointBalance"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Balances made before the copy existed get it from their person
UPDATE "PointBalance" b SET "playground" = u."playground", "homeCell" = u."homeCell", "onLeaderboards" = u."onLeaderboards"
FROM "User" u WHERE u."id" = b."userId";

-- Weeks so far, from the ledger: earnings credited and not reversed, by Monday on the person's own calendar
INSERT INTO "PointWeek" ("userId", "week", "earned", "playground", "homeCell", "onLeaderboards")
SELECT e."userId", date_trunc('week', (e."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE u."timeZone")::date, sum(e."amount"),
  b."playground", b."homeCell", b."onLeaderboards"
FROM "PointEntry" e JOIN "User" u ON u."id" = e."userId" JOIN "PointBalance" b ON b."userId" = e."userId"
WHERE e."status" = 'credited' AND e."amount" > 0 AND e."kind" <> 'reversal'
  AND NOT EXISTS (SELECT 1 FROM "PointEntry" r WHERE r."reversesId" = e."id")
GROUP BY 1, 2, b."playground", b."homeCell", b."onLeaderboards";
