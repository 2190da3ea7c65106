-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "civilians" BOOLEAN,
ADD COLUMN     "confidence" DOUBLE PRECISION,
ADD COLUMN     "dateConfidence" DOUBLE PRECISION,
ADD COLUMN     "eventType" TEXT,
ADD COLUMN     "placeConfidence" DOUBLE PRECISION;

-- CreateIndex
CREATE INDEX "Incident_synthetic_eventType_date_idx" ON "Incident"("synthetic", "eventType", "date" DESC);

