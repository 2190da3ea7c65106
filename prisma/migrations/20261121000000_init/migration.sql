-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'week', 'month', 'year');

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "source" TEXT,
    "url" TEXT,
    "title" TEXT,
    "publishedAt" DATE,
    "publishedFrom" TEXT,
    "fileName" TEXT,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "alternateNames" TEXT[],
    "governorate" TEXT,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "kind" TEXT NOT NULL,
    "population" INTEGER NOT NULL DEFAULT 0,
    "source" TEXT NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" SERIAL NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision",
    "placeName" TEXT,
    "placeId" TEXT,
    "province" TEXT,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "geoPrecision" INTEGER,
    "perpetrator" TEXT,
    "perpetratorText" TEXT,
    "target" TEXT,
    "targetText" TEXT,
    "killed" INTEGER,
    "killedLow" INTEGER,
    "killedHigh" INTEGER,
    "injured" INTEGER,
    "attackersKilled" INTEGER,
    "claimedBy" TEXT,
    "reportedBy" TEXT,
    "evidence" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentSource" (
    "id" SERIAL NOT NULL,
    "incidentId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL,
    "evidenceStart" INTEGER NOT NULL,
    "evidenceEnd" INTEGER NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision",
    "killed" INTEGER,
    "killedLow" INTEGER,
    "killedHigh" INTEGER,
    "injured" INTEGER,
    "reportedBy" TEXT,

    CONSTRAINT "IncidentSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tally" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "since" DATE,
    "sincePrecision" "DatePrecision",
    "reportedBy" TEXT,
    "evidence" TEXT NOT NULL,
    "evidenceStart" INTEGER NOT NULL,
    "evidenceEnd" INTEGER NOT NULL,

    CONSTRAINT "Tally_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "Incident_date_idx" ON "Incident"("date");

-- CreateIndex
CREATE INDEX "Incident_province_date_idx" ON "Incident"("province", "date");

-- CreateIndex
CREATE INDEX "Incident_perpetrator_date_idx" ON "Incident"("perpetrator", "date");

-- CreateIndex
CREATE INDEX "Incident_updatedAt_idx" ON "Incident"("updatedAt");

-- CreateIndex
CREATE INDEX "IncidentSource_incidentId_idx" ON "IncidentSource"("incidentId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentSource_articleId_evidenceStart_incidentId_key" ON "IncidentSource"("articleId", "evidenceStart", "incidentId");

-- CreateIndex
CREATE INDEX "Tally_articleId_idx" ON "Tally"("articleId");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentSource" ADD CONSTRAINT "IncidentSource_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentSource" ADD CONSTRAINT "IncidentSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tally" ADD CONSTRAINT "Tally_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

