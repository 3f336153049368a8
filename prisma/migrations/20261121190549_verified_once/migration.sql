-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailDigest" CHAR(64),
ADD COLUMN     "phoneDigest" CHAR(64);

-- CreateIndex
CREATE UNIQUE INDEX "User_emailDigest_key" ON "User"("emailDigest");

-- CreateIndex
CREATE UNIQUE INDEX "User_phoneDigest_key" ON "User"("phoneDigest");
