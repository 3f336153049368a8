-- AlterTable
ALTER TABLE "User" ADD COLUMN     "recommendationsOn" BOOLEAN NOT NULL DEFAULT true;
