-- CreateTable
CREATE TABLE "GeocodeCache" (
    "query" VARCHAR(200) NOT NULL,
    "provider" VARCHAR(20) NOT NULL,
    "notFound" BOOLEAN NOT NULL,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "label" VARCHAR(60),
    "precision" INTEGER,
    "fetchedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GeocodeCache_pkey" PRIMARY KEY ("query")
);

-- CreateIndex
CREATE INDEX "GeocodeCache_fetchedAt_idx" ON "GeocodeCache"("fetchedAt");
