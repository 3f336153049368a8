-- CreateEnum
CREATE TYPE "WorkoutKind" AS ENUM ('home', 'yoga', 'stretching', 'pilates', 'strength', 'cardio', 'other');

-- CreateEnum
CREATE TYPE "GoalPeriod" AS ENUM ('day', 'week');

-- CreateEnum
CREATE TYPE "VideoRoomPurpose" AS ENUM ('workout', 'videoCheck');

-- CreateEnum
CREATE TYPE "RoomEnd" AS ENUM ('host', 'timeout', 'destroyed', 'cancelled');

-- CreateEnum
CREATE TYPE "VideoCheckStatus" AS ENUM ('requested', 'confirmed', 'declined', 'expired');

-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "goalMinutes" INTEGER,
ADD COLUMN     "goalPeriod" "GoalPeriod",
ADD COLUMN     "goalSessions" INTEGER;

-- AlterTable
ALTER TABLE "Meetup" ADD COLUMN     "workoutKind" "WorkoutKind";

-- AlterTable
ALTER TABLE "MeetupSeries" ADD COLUMN     "weekdays" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "streakNudges" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "videoVerifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "VideoRoom" (
    "id" UUID NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "purpose" "VideoRoomPurpose" NOT NULL,
    "meetupId" UUID,
    "videoCheckId" UUID,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "endedBy" "RoomEnd",
    "settledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VideoRoom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoomParticipant" (
    "id" VARCHAR(32) NOT NULL,
    "roomId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "moderator" BOOLEAN NOT NULL DEFAULT false,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "presentSeconds" INTEGER,
    "attended" BOOLEAN,

    CONSTRAINT "RoomParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoomPresence" (
    "roomId" UUID NOT NULL,
    "occupantJid" VARCHAR(255) NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL,
    "participantId" VARCHAR(32) NOT NULL,
    "leftAt" TIMESTAMP(3),

    CONSTRAINT "RoomPresence_pkey" PRIMARY KEY ("roomId","occupantJid","joinedAt")
);

-- CreateTable
CREATE TABLE "WorkoutStreak" (
    "userId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "current" INTEGER NOT NULL DEFAULT 0,
    "best" INTEGER NOT NULL DEFAULT 0,
    "countedThrough" TIMESTAMP(3),
    "nudgedFor" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkoutStreak_pkey" PRIMARY KEY ("userId","groupId")
);

-- CreateTable
CREATE TABLE "VideoCheck" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "operatorId" UUID,
    "status" "VideoCheckStatus" NOT NULL DEFAULT 'requested',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "VideoCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VideoRoom_name_key" ON "VideoRoom"("name");

-- CreateIndex
CREATE UNIQUE INDEX "VideoRoom_meetupId_key" ON "VideoRoom"("meetupId");

-- CreateIndex
CREATE UNIQUE INDEX "VideoRoom_videoCheckId_key" ON "VideoRoom"("videoCheckId");

-- CreateIndex
CREATE INDEX "VideoRoom_endedAt_closesAt_idx" ON "VideoRoom"("endedAt", "closesAt");

-- CreateIndex
CREATE INDEX "VideoRoom_endedAt_settledAt_idx" ON "VideoRoom"("endedAt", "settledAt");

-- CreateIndex
CREATE INDEX "RoomParticipant_userId_attended_idx" ON "RoomParticipant"("userId", "attended");

-- CreateIndex
CREATE UNIQUE INDEX "RoomParticipant_roomId_userId_key" ON "RoomParticipant"("roomId", "userId");

-- CreateIndex
CREATE INDEX "RoomPresence_participantId_idx" ON "RoomPresence"("participantId");

-- CreateIndex
CREATE INDEX "WorkoutStreak_groupId_current_idx" ON "WorkoutStreak"("groupId", "current" DESC);

-- CreateIndex
CREATE INDEX "VideoCheck_status_requestedAt_idx" ON "VideoCheck"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "VideoCheck_userId_status_idx" ON "VideoCheck"("userId", "status");

-- AddForeignKey
ALTER TABLE "VideoRoom" ADD CONSTRAINT "VideoRoom_meetupId_fkey" FOREIGN KEY ("meetupId") REFERENCES "Meetup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VideoRoom" ADD CONSTRAINT "VideoRoom_videoCheckId_fkey" FOREIGN KEY ("videoCheckId") REFERENCES "VideoCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomParticipant" ADD CONSTRAINT "RoomParticipant_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "VideoRoom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomParticipant" ADD CONSTRAINT "RoomParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomPresence" ADD CONSTRAINT "RoomPresence_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "VideoRoom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomPresence" ADD CONSTRAINT "RoomPresence_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "RoomParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkoutStreak" ADD CONSTRAINT "WorkoutStreak_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkoutStreak" ADD CONSTRAINT "WorkoutStreak_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VideoCheck" ADD CONSTRAINT "VideoCheck_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VideoCheck" ADD CONSTRAINT "VideoCheck_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
