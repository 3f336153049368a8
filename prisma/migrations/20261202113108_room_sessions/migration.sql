-- CreateTable
CREATE TABLE "RoomSession" (
    "roomId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "destroyedAt" TIMESTAMP(3),

    CONSTRAINT "RoomSession_pkey" PRIMARY KEY ("roomId","createdAt")
);

-- AddForeignKey
ALTER TABLE "RoomSession" ADD CONSTRAINT "RoomSession_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "VideoRoom"("id") ON DELETE CASCADE ON UPDATE CASCADE;
