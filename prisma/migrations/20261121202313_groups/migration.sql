-- CreateEnum
CREATE TYPE "GroupCategory" AS ENUM ('sports', 'games', 'food', 'cooking', 'reading', 'study', 'culture', 'outdoors', 'music', 'other');

-- CreateEnum
CREATE TYPE "GroupJoinPolicy" AS ENUM ('open', 'approval');

-- CreateEnum
CREATE TYPE "GroupRole" AS ENUM ('owner', 'moderator', 'member');

-- CreateEnum
CREATE TYPE "GroupPostNotice" AS ENUM ('each', 'digest', 'none');

-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('pending', 'approved', 'rejected');

-- CreateEnum
CREATE TYPE "MeetupStatus" AS ENUM ('scheduled', 'cancelled');

-- CreateEnum
CREATE TYPE "Recurrence" AS ENUM ('weekly', 'monthly');

-- CreateEnum
CREATE TYPE "RsvpStatus" AS ENUM ('going', 'maybe', 'declined', 'waitlisted');

-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('day', 'hour');

-- CreateTable
CREATE TABLE "Group" (
    "id" UUID NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "description" VARCHAR(1000) NOT NULL,
    "category" "GroupCategory" NOT NULL,
    "tags" TEXT[],
    "areaLat" DOUBLE PRECISION NOT NULL,
    "areaLng" DOUBLE PRECISION NOT NULL,
    "areaLabel" VARCHAR(60),
    "cell" INTEGER NOT NULL,
    "joinPolicy" "GroupJoinPolicy" NOT NULL DEFAULT 'open',
    "memberLimit" INTEGER,
    "joinQuestion" VARCHAR(200),
    "memberCount" INTEGER NOT NULL DEFAULT 1,
    "searchTokens" TEXT[],
    "searchText" TEXT NOT NULL,
    "searchChoseong" TEXT NOT NULL,
    "playground" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "groupId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "GroupRole" NOT NULL DEFAULT 'member',
    "postNotice" "GroupPostNotice" NOT NULL DEFAULT 'each',
    "digestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupMember_pkey" PRIMARY KEY ("groupId","userId")
);

-- CreateTable
CREATE TABLE "GroupJoinRequest" (
    "groupId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "answer" VARCHAR(300),
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'pending',
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupJoinRequest_pkey" PRIMARY KEY ("groupId","userId")
);

-- CreateTable
CREATE TABLE "GroupPost" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" VARCHAR(2000) NOT NULL,
    "announcement" BOOLEAN NOT NULL DEFAULT false,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupComment" (
    "id" UUID NOT NULL,
    "postId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" VARCHAR(1000) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetupSeries" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "hostId" UUID NOT NULL,
    "recurrence" "Recurrence" NOT NULL,
    "timeZone" VARCHAR(64) NOT NULL,
    "stoppedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetupSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meetup" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "hostId" UUID NOT NULL,
    "seriesId" UUID,
    "seriesIndex" INTEGER,
    "title" VARCHAR(80) NOT NULL,
    "startAt" TIMESTAMP(3) NOT NULL,
    "endAt" TIMESTAMP(3) NOT NULL,
    "placeLat" DOUBLE PRECISION NOT NULL,
    "placeLng" DOUBLE PRECISION NOT NULL,
    "placeLabel" VARCHAR(60),
    "capacity" INTEGER,
    "costNote" VARCHAR(100),
    "status" "MeetupStatus" NOT NULL DEFAULT 'scheduled',
    "goingCount" INTEGER NOT NULL DEFAULT 0,
    "nextWaitlistNo" INTEGER NOT NULL DEFAULT 1,
    "checkInCode" VARCHAR(8),
    "version" INTEGER NOT NULL DEFAULT 1,
    "remindersDueAt" TIMESTAMP(3),
    "remindersVersion" INTEGER,
    "settledAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "playground" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meetup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rsvp" (
    "meetupId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "RsvpStatus" NOT NULL,
    "waitlistNo" INTEGER,
    "checkedInAt" TIMESTAMP(3),
    "attended" BOOLEAN,
    "respondedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rsvp_pkey" PRIMARY KEY ("meetupId","userId")
);

-- CreateTable
CREATE TABLE "MeetupReminder" (
    "meetupId" UUID NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "startAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetupReminder_pkey" PRIMARY KEY ("meetupId","kind","startAt")
);

-- CreateTable
CREATE TABLE "CheckInAttempt" (
    "id" UUID NOT NULL,
    "meetupId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "userId" UUID NOT NULL,
    "tokenDigest" CHAR(64) NOT NULL,
    "tokenCipher" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "Group_playground_cell_createdAt_idx" ON "Group"("playground", "cell", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Group_searchTokens_idx" ON "Group" USING GIN ("searchTokens");

-- CreateIndex
CREATE INDEX "Group_tags_idx" ON "Group" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "GroupMember_userId_idx" ON "GroupMember"("userId");

-- CreateIndex
CREATE INDEX "GroupMember_postNotice_digestedAt_idx" ON "GroupMember"("postNotice", "digestedAt");

-- CreateIndex
CREATE INDEX "GroupJoinRequest_groupId_status_createdAt_idx" ON "GroupJoinRequest"("groupId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "GroupPost_groupId_createdAt_idx" ON "GroupPost"("groupId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "GroupComment_postId_createdAt_idx" ON "GroupComment"("postId", "createdAt");

-- CreateIndex
CREATE INDEX "Meetup_groupId_startAt_idx" ON "Meetup"("groupId", "startAt");

-- CreateIndex
CREATE INDEX "Meetup_remindersDueAt_idx" ON "Meetup"("remindersDueAt");

-- CreateIndex
CREATE INDEX "Meetup_status_endAt_settledAt_idx" ON "Meetup"("status", "endAt", "settledAt");

-- CreateIndex
CREATE UNIQUE INDEX "Meetup_seriesId_seriesIndex_key" ON "Meetup"("seriesId", "seriesIndex");

-- CreateIndex
CREATE INDEX "Rsvp_meetupId_status_waitlistNo_idx" ON "Rsvp"("meetupId", "status", "waitlistNo");

-- CreateIndex
CREATE INDEX "Rsvp_userId_status_idx" ON "Rsvp"("userId", "status");

-- CreateIndex
CREATE INDEX "CheckInAttempt_meetupId_userId_idx" ON "CheckInAttempt"("meetupId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenDigest_key" ON "CalendarFeed"("tokenDigest");

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupJoinRequest" ADD CONSTRAINT "GroupJoinRequest_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupJoinRequest" ADD CONSTRAINT "GroupJoinRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupPost" ADD CONSTRAINT "GroupPost_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupPost" ADD CONSTRAINT "GroupPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupComment" ADD CONSTRAINT "GroupComment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "GroupPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupComment" ADD CONSTRAINT "GroupComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetupSeries" ADD CONSTRAINT "MeetupSeries_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meetup" ADD CONSTRAINT "Meetup_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meetup" ADD CONSTRAINT "Meetup_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetupSeries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rsvp" ADD CONSTRAINT "Rsvp_meetupId_fkey" FOREIGN KEY ("meetupId") REFERENCES "Meetup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rsvp" ADD CONSTRAINT "Rsvp_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetupReminder" ADD CONSTRAINT "MeetupReminder_meetupId_fkey" FOREIGN KEY ("meetupId") REFERENCES "Meetup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInAttempt" ADD CONSTRAINT "CheckInAttempt_meetupId_fkey" FOREIGN KEY ("meetupId") REFERENCES "Meetup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
