-- DropIndex
DROP INDEX "Item_listed_cell_bumpedAt_id_idx";

-- CreateIndex
CREATE INDEX "Item_listed_playground_cell_bumpedAt_id_lat_lng_idx" ON "Item"("listed", "playground", "cell", "bumpedAt" DESC, "id" DESC, "lat", "lng");
