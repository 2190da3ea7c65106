-- Scale: indexes that lead with the dataset flag (NULLS LAST to match the API's order),
-- soft delete, and rollup tables kept in step by triggers.

-- DropIndex
DROP INDEX "Incident_date_idx";

-- DropIndex
DROP INDEX "Incident_province_date_idx";

-- DropIndex
DROP INDEX "Incident_perpetrator_date_idx";

-- DropIndex
DROP INDEX "Incident_updatedAt_idx";

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Incident_synthetic_date_id_idx" ON "Incident"("synthetic", "date" DESC NULLS LAST, "id" DESC);

-- CreateIndex
CREATE INDEX "Incident_synthetic_province_date_idx" ON "Incident"("synthetic", "province", "date" DESC NULLS LAST);

-- CreateIndex
CREATE INDEX "Incident_synthetic_perpetrator_date_idx" ON "Incident"("synthetic", "perpetrator", "date" DESC NULLS LAST);

-- CreateIndex
CREATE INDEX "Incident_synthetic_target_date_idx" ON "Incident"("synthetic", "target", "date" DESC NULLS LAST);

-- CreateIndex
CREATE INDEX "Incident_synthetic_killed_id_idx" ON "Incident"("synthetic", "killed" DESC NULLS LAST, "id" DESC);

-- CreateIndex
CREATE INDEX "Incident_synthetic_lon_lat_idx" ON "Incident"("synthetic", "lon", "lat");

-- CreateIndex
CREATE INDEX "Incident_updatedAt_id_idx" ON "Incident"("updatedAt", "id");


-- Function bodies are E'' strings with each semicolon written as \073: Prisma's WebAssembly
-- migration engine splits a script at every semicolon, even inside quotes or $$ bodies.

-- Rollups. Sums over a million incidents are read from these instead of the incident table.
-- Unknown province/perpetrator are stored as '' and undated incidents under month 0001-01-01
-- (year 0), so that every key is NOT NULL and upserts can target one unique index.
CREATE TABLE "IncidentMonthRollup" (
    "synthetic"   BOOLEAN NOT NULL,
    "month"       DATE    NOT NULL,
    "province"    TEXT    NOT NULL,
    "perpetrator" TEXT    NOT NULL,
    "incidents"   BIGINT  NOT NULL DEFAULT 0,
    "killed"      BIGINT  NOT NULL DEFAULT 0,
    "injured"     BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY ("synthetic", "month", "province", "perpetrator")
);

-- Map cells of 1/8 degree per year, for the clusters of a zoomed-out map.
CREATE TABLE "IncidentCellRollup" (
    "synthetic"   BOOLEAN NOT NULL,
    "year"        INTEGER NOT NULL,
    "province"    TEXT    NOT NULL,
    "perpetrator" TEXT    NOT NULL,
    "cellX"       INTEGER NOT NULL,
    "cellY"       INTEGER NOT NULL,
    "incidents"   BIGINT  NOT NULL DEFAULT 0,
    "killed"      BIGINT  NOT NULL DEFAULT 0,
    "sumLat"      DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumLon"      DOUBLE PRECISION NOT NULL DEFAULT 0,
    PRIMARY KEY ("synthetic", "year", "province", "perpetrator", "cellX", "cellY")
);

CREATE OR REPLACE FUNCTION incident_rollup_apply(r "Incident", sign INTEGER) RETURNS void AS E'
BEGIN
  IF r."deletedAt" IS NOT NULL THEN
    RETURN\073
  END IF\073
  INSERT INTO "IncidentMonthRollup" AS t ("synthetic", "month", "province", "perpetrator", "incidents", "killed", "injured")
  VALUES (r."synthetic", COALESCE(date_trunc(''month'', r."date")::date, DATE ''0001-01-01''),
          COALESCE(r."province", ''''), COALESCE(r."perpetrator", ''''),
          sign, sign * COALESCE(r."killed", 0), sign * COALESCE(r."injured", 0))
  ON CONFLICT ("synthetic", "month", "province", "perpetrator") DO UPDATE
    SET "incidents" = t."incidents" + EXCLUDED."incidents",
        "killed"    = t."killed" + EXCLUDED."killed",
        "injured"   = t."injured" + EXCLUDED."injured"\073
  IF r."lat" IS NOT NULL AND r."lon" IS NOT NULL THEN
    INSERT INTO "IncidentCellRollup" AS t ("synthetic", "year", "province", "perpetrator", "cellX", "cellY", "incidents", "killed", "sumLat", "sumLon")
    VALUES (r."synthetic", COALESCE(EXTRACT(YEAR FROM r."date")::int, 0),
            COALESCE(r."province", ''''), COALESCE(r."perpetrator", ''''),
            floor(r."lon" * 8)::int, floor(r."lat" * 8)::int,
            sign, sign * COALESCE(r."killed", 0), sign * r."lat", sign * r."lon")
    ON CONFLICT ("synthetic", "year", "province", "perpetrator", "cellX", "cellY") DO UPDATE
      SET "incidents" = t."incidents" + EXCLUDED."incidents",
          "killed"    = t."killed" + EXCLUDED."killed",
          "sumLat"    = t."sumLat" + EXCLUDED."sumLat",
          "sumLon"    = t."sumLon" + EXCLUDED."sumLon"\073
  END IF\073
END\073
' LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION incident_rollup_trigger() RETURNS trigger AS E'
BEGIN
  IF TG_OP IN (''UPDATE'', ''DELETE'') THEN
    PERFORM incident_rollup_apply(OLD, -1)\073
  END IF\073
  IF TG_OP IN (''INSERT'', ''UPDATE'') THEN
    PERFORM incident_rollup_apply(NEW, 1)\073
  END IF\073
  RETURN NULL\073
END\073
' LANGUAGE plpgsql;

CREATE TRIGGER "Incident_rollup"
AFTER INSERT OR UPDATE OR DELETE ON "Incident"
FOR EACH ROW EXECUTE FUNCTION incident_rollup_trigger();

-- Rebuilds both rollups for one dataset from the incident table (after a bulk load that ran
-- with the trigger disabled).
CREATE OR REPLACE FUNCTION incident_rollup_rebuild(ds BOOLEAN) RETURNS void AS E'
BEGIN
  DELETE FROM "IncidentMonthRollup" WHERE "synthetic" = ds\073
  DELETE FROM "IncidentCellRollup" WHERE "synthetic" = ds\073
  INSERT INTO "IncidentMonthRollup" ("synthetic", "month", "province", "perpetrator", "incidents", "killed", "injured")
  SELECT ds, COALESCE(date_trunc(''month'', "date")::date, DATE ''0001-01-01''), COALESCE("province", ''''), COALESCE("perpetrator", ''''),
         COUNT(*), COALESCE(SUM("killed"), 0), COALESCE(SUM("injured"), 0)
  FROM "Incident" WHERE "synthetic" = ds AND "deletedAt" IS NULL
  GROUP BY 1, 2, 3, 4\073
  INSERT INTO "IncidentCellRollup" ("synthetic", "year", "province", "perpetrator", "cellX", "cellY", "incidents", "killed", "sumLat", "sumLon")
  SELECT ds, COALESCE(EXTRACT(YEAR FROM "date")::int, 0), COALESCE("province", ''''), COALESCE("perpetrator", ''''),
         floor("lon" * 8)::int, floor("lat" * 8)::int, COUNT(*), COALESCE(SUM("killed"), 0), SUM("lat"), SUM("lon")
  FROM "Incident" WHERE "synthetic" = ds AND "deletedAt" IS NULL AND "lat" IS NOT NULL AND "lon" IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6\073
END\073
' LANGUAGE plpgsql;

SELECT incident_rollup_rebuild(false);
SELECT incident_rollup_rebuild(true);
