-- CreateEnum
CREATE TYPE "ItemStatus" AS ENUM ('draft', 'available', 'reserved', 'sold', 'withdrawn', 'expired');

-- CreateEnum
CREATE TYPE "ItemCategory" AS ENUM ('furniture', 'appliances', 'kitchen', 'clothes', 'books', 'digital', 'household', 'hobby', 'other');

-- CreateEnum
CREATE TYPE "ItemCondition" AS ENUM ('new', 'like_new', 'good', 'fair');

-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('prohibited', 'scam', 'offensive', 'duplicate', 'other');

-- CreateEnum
CREATE TYPE "ConversationContext" AS ENUM ('trade');

-- CreateEnum
CREATE TYPE "RatingContext" AS ENUM ('trade');

-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "handle" VARCHAR(64);

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "buttons" JSONB,
ADD COLUMN     "ephemeral" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Item" (
    "id" UUID NOT NULL,
    "sellerId" UUID NOT NULL,
    "title" VARCHAR(80) NOT NULL,
    "description" VARCHAR(2000) NOT NULL,
    "price" INTEGER NOT NULL,
    "category" "ItemCategory" NOT NULL,
    "condition" "ItemCondition" NOT NULL,
    "status" "ItemStatus" NOT NULL DEFAULT 'draft',
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "placeLabel" VARCHAR(60),
    "cell" INTEGER NOT NULL,
    "searchTokens" TEXT[],
    "searchText" TEXT NOT NULL,
    "searchChoseong" TEXT NOT NULL,
    "bumpedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "expiryRemindedAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "listed" BOOLEAN NOT NULL DEFAULT false,
    "reservedForId" UUID,
    "buyerId" UUID,
    "soldAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "alertsMatchedAt" TIMESTAMP(3),
    "boardSyncDueAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemPhoto" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "ref" VARCHAR(1024) NOT NULL,

    CONSTRAINT "ItemPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" UUID NOT NULL,
    "context" "ConversationContext" NOT NULL,
    "subjectId" UUID NOT NULL,
    "openerId" UUID NOT NULL,
    "topic" VARCHAR(80) NOT NULL,
    "messageCount" INTEGER NOT NULL DEFAULT 0,
    "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationMember" (
    "conversationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "sharesHandle" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ConversationMember_pkey" PRIMARY KEY ("conversationId","userId")
);

-- CreateTable
CREATE TABLE "ItemSave" (
    "userId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemSave_pkey" PRIMARY KEY ("userId","itemId")
);

-- CreateTable
CREATE TABLE "ItemReport" (
    "itemId" UUID NOT NULL,
    "reporterId" UUID NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemReport_pkey" PRIMARY KEY ("itemId","reporterId")
);

-- CreateTable
CREATE TABLE "MarketSearch" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "keyword" VARCHAR(40),
    "category" "ItemCategory",
    "minPrice" INTEGER,
    "maxPrice" INTEGER,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "radiusM" INTEGER NOT NULL,
    "alert" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cell" INTEGER NOT NULL,

    CONSTRAINT "MarketSearch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertHit" (
    "userId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "searchId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertHit_pkey" PRIMARY KEY ("userId","itemId")
);

-- CreateTable
CREATE TABLE "Board" (
    "id" UUID NOT NULL,
    "platform" "Platform" NOT NULL,
    "chatId" VARCHAR(64) NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "radiusM" INTEGER NOT NULL,
    "language" "Language" NOT NULL DEFAULT 'ko',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Board_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardPost" (
    "boardId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "messageId" VARCHAR(64) NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "BoardPost_pkey" PRIMARY KEY ("boardId","itemId")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" UUID NOT NULL,
    "context" "RatingContext" NOT NULL,
    "subjectId" UUID NOT NULL,
    "raterId" UUID NOT NULL,
    "rateeId" UUID NOT NULL,
    "score" SMALLINT NOT NULL,
    "tags" TEXT[],
    "comment" VARCHAR(300),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tip" (
    "id" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "product" VARCHAR(80) NOT NULL,
    "category" "ItemCategory" NOT NULL,
    "rating" SMALLINT NOT NULL,
    "body" VARCHAR(1000) NOT NULL,
    "photoPlatform" "Platform",
    "photoRef" VARCHAR(1024),
    "helpfulCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TipVote" (
    "tipId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TipVote_pkey" PRIMARY KEY ("tipId","userId")
);

-- CreateIndex
CREATE INDEX "Item_listed_cell_bumpedAt_id_idx" ON "Item"("listed", "cell", "bumpedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Item_searchTokens_idx" ON "Item" USING GIN ("searchTokens");

-- CreateIndex
CREATE INDEX "Item_sellerId_createdAt_idx" ON "Item"("sellerId", "createdAt");

-- CreateIndex
CREATE INDEX "Item_status_expiresAt_idx" ON "Item"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Item_alertsMatchedAt_publishedAt_idx" ON "Item"("alertsMatchedAt", "publishedAt");

-- CreateIndex
CREATE INDEX "Item_boardSyncDueAt_idx" ON "Item"("boardSyncDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "ItemPhoto_itemId_position_key" ON "ItemPhoto"("itemId", "position");

-- CreateIndex
CREATE INDEX "Conversation_subjectId_idx" ON "Conversation"("subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_context_subjectId_openerId_key" ON "Conversation"("context", "subjectId", "openerId");

-- CreateIndex
CREATE INDEX "ConversationMember_userId_idx" ON "ConversationMember"("userId");

-- CreateIndex
CREATE INDEX "ItemSave_itemId_idx" ON "ItemSave"("itemId");

-- CreateIndex
CREATE INDEX "MarketSearch_alert_cell_idx" ON "MarketSearch"("alert", "cell");

-- CreateIndex
CREATE INDEX "MarketSearch_userId_createdAt_idx" ON "MarketSearch"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Board_platform_chatId_key" ON "Board"("platform", "chatId");

-- CreateIndex
CREATE INDEX "Rating_rateeId_idx" ON "Rating"("rateeId");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_context_subjectId_raterId_rateeId_key" ON "Rating"("context", "subjectId", "raterId", "rateeId");

-- CreateIndex
CREATE INDEX "Tip_category_helpfulCount_rating_idx" ON "Tip"("category", "helpfulCount", "rating");

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemPhoto" ADD CONSTRAINT "ItemPhoto_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_openerId_fkey" FOREIGN KEY ("openerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationMember" ADD CONSTRAINT "ConversationMember_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationMember" ADD CONSTRAINT "ConversationMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemSave" ADD CONSTRAINT "ItemSave_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemSave" ADD CONSTRAINT "ItemSave_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemReport" ADD CONSTRAINT "ItemReport_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemReport" ADD CONSTRAINT "ItemReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketSearch" ADD CONSTRAINT "MarketSearch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertHit" ADD CONSTRAINT "AlertHit_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertHit" ADD CONSTRAINT "AlertHit_searchId_fkey" FOREIGN KEY ("searchId") REFERENCES "MarketSearch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPost" ADD CONSTRAINT "BoardPost_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPost" ADD CONSTRAINT "BoardPost_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_raterId_fkey" FOREIGN KEY ("raterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_rateeId_fkey" FOREIGN KEY ("rateeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tip" ADD CONSTRAINT "Tip_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TipVote" ADD CONSTRAINT "TipVote_tipId_fkey" FOREIGN KEY ("tipId") REFERENCES "Tip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TipVote" ADD CONSTRAINT "TipVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
