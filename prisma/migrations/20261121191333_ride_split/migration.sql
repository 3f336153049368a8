-- AlterTable
ALTER TABLE "RideRequest" ADD COLUMN     "split" "FareSplit" NOT NULL DEFAULT 'distance';
