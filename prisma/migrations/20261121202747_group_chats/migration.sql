-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "groupChatId" UUID,
ALTER COLUMN "userId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "GroupChat" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "platform" "Platform" NOT NULL,
    "chatId" VARCHAR(64) NOT NULL,
    "guildId" VARCHAR(64),
    "language" "Language" NOT NULL,
    "timeZone" VARCHAR(64) NOT NULL,
    "linkedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupChat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscordEvent" (
    "meetupId" UUID NOT NULL,
    "groupChatId" UUID NOT NULL,
    "eventId" VARCHAR(64),
    "version" INTEGER,

    CONSTRAINT "DiscordEvent_pkey" PRIMARY KEY ("meetupId","groupChatId")
);

-- CreateIndex
CREATE INDEX "GroupChat_guildId_idx" ON "GroupChat"("guildId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupChat_platform_chatId_key" ON "GroupChat"("platform", "chatId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupChat_groupId_platform_key" ON "GroupChat"("groupId", "platform");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_groupChatId_fkey" FOREIGN KEY ("groupChatId") REFERENCES "GroupChat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupChat" ADD CONSTRAINT "GroupChat_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscordEvent" ADD CONSTRAINT "DiscordEvent_meetupId_fkey" FOREIGN KEY ("meetupId") REFERENCES "Meetup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscordEvent" ADD CONSTRAINT "DiscordEvent_groupChatId_fkey" FOREIGN KEY ("groupChatId") REFERENCES "GroupChat"("id") ON DELETE CASCADE ON UPDATE CASCADE;
