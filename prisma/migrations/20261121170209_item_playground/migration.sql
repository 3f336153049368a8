-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "playground" BOOLEAN NOT NULL DEFAULT false;
