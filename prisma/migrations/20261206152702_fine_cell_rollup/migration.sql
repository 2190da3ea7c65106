-- Map cells of 1/64 degree per year and governorate, for a map zoomed into a town (lib/db/clusters.ts).
-- The key leads with the cell, so a view's box is a range scan.
CREATE TABLE "IncidentFineCellRollup" (
    "synthetic" BOOLEAN NOT NULL,
    "year"      INTEGER NOT NULL,
    "province"  TEXT    NOT NULL,
    "fineX"     INTEGER NOT NULL,
    "fineY"     INTEGER NOT NULL,
    "incidents" BIGINT  NOT NULL DEFAULT 0,
    "killed"    BIGINT  NOT NULL DEFAULT 0,
    "sumLat"    DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumLon"    DOUBLE PRECISION NOT NULL DEFAULT 0,
    PRIMARY KEY ("synthetic", "fineX", "fineY", "year", "province")
);

-- The rollup trigger and rebuild functions, generated from lib/db/rollups.ts by
-- `npm run db:rollup-sql`. Function bodies: semicolons written as \073 (see the "scale" migration).

CREATE OR REPLACE FUNCTION incident_rollup_apply(r "Incident", sign INTEGER) RETURNS void AS E'
BEGIN
  IF r."deletedAt" IS NOT NULL THEN
    RETURN\073
  END IF\073
  INSERT INTO "IncidentProvinceMonthRollup" AS t ("synthetic", "month", "province", "incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown", "killedFloors", "injuredFloors", "injuredKnown") VALUES (r."synthetic", COALESCE(date_trunc(''month'', r."date")::date, DATE ''0001-01-01''), COALESCE(r."province", ''''), sign * 1, sign * COALESCE(r."killed", 0), sign * COALESCE(r."injured", 0), sign * COALESCE(r."killedLow", r."killed", 0), sign * COALESCE(r."killedHigh", r."killed", 0), sign * CASE WHEN r."killed" IS NULL THEN 1 ELSE 0 END, sign * CASE WHEN r."killedVague" AND r."killed" IS NOT NULL THEN 1 ELSE 0 END, sign * CASE WHEN r."injuredVague" AND r."injured" IS NOT NULL THEN 1 ELSE 0 END, sign * CASE WHEN r."injured" IS NOT NULL THEN 1 ELSE 0 END) ON CONFLICT ("synthetic", "month", "province") DO UPDATE SET "incidents" = t."incidents" + EXCLUDED."incidents", "killed" = t."killed" + EXCLUDED."killed", "injured" = t."injured" + EXCLUDED."injured", "killedLow" = t."killedLow" + EXCLUDED."killedLow", "killedHigh" = t."killedHigh" + EXCLUDED."killedHigh", "killedUnknown" = t."killedUnknown" + EXCLUDED."killedUnknown", "killedFloors" = t."killedFloors" + EXCLUDED."killedFloors", "injuredFloors" = t."injuredFloors" + EXCLUDED."injuredFloors", "injuredKnown" = t."injuredKnown" + EXCLUDED."injuredKnown"\073
  INSERT INTO "IncidentMonthRollup" AS t ("synthetic", "month", "province", "perpetrator", "incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown", "killedFloors", "injuredFloors", "injuredKnown") VALUES (r."synthetic", COALESCE(date_trunc(''month'', r."date")::date, DATE ''0001-01-01''), COALESCE(r."province", ''''), COALESCE(r."perpetrator", ''''), sign * 1, sign * COALESCE(r."killed", 0), sign * COALESCE(r."injured", 0), sign * COALESCE(r."killedLow", r."killed", 0), sign * COALESCE(r."killedHigh", r."killed", 0), sign * CASE WHEN r."killed" IS NULL THEN 1 ELSE 0 END, sign * CASE WHEN r."killedVague" AND r."killed" IS NOT NULL THEN 1 ELSE 0 END, sign * CASE WHEN r."injuredVague" AND r."injured" IS NOT NULL THEN 1 ELSE 0 END, sign * CASE WHEN r."injured" IS NOT NULL THEN 1 ELSE 0 END) ON CONFLICT ("synthetic", "month", "province", "perpetrator") DO UPDATE SET "incidents" = t."incidents" + EXCLUDED."incidents", "killed" = t."killed" + EXCLUDED."killed", "injured" = t."injured" + EXCLUDED."injured", "killedLow" = t."killedLow" + EXCLUDED."killedLow", "killedHigh" = t."killedHigh" + EXCLUDED."killedHigh", "killedUnknown" = t."killedUnknown" + EXCLUDED."killedUnknown", "killedFloors" = t."killedFloors" + EXCLUDED."killedFloors", "injuredFloors" = t."injuredFloors" + EXCLUDED."injuredFloors", "injuredKnown" = t."injuredKnown" + EXCLUDED."injuredKnown"\073
  IF r."lat" IS NOT NULL AND r."lon" IS NOT NULL THEN
    INSERT INTO "IncidentCellRollup" AS t ("synthetic", "year", "province", "perpetrator", "cellX", "cellY", "incidents", "killed", "sumLat", "sumLon") VALUES (r."synthetic", COALESCE(EXTRACT(YEAR FROM r."date")::int, 0), COALESCE(r."province", ''''), COALESCE(r."perpetrator", ''''), floor(r."lon" * 8)::int, floor(r."lat" * 8)::int, sign * 1, sign * COALESCE(r."killed", 0), sign * r."lat", sign * r."lon") ON CONFLICT ("synthetic", "year", "province", "perpetrator", "cellX", "cellY") DO UPDATE SET "incidents" = t."incidents" + EXCLUDED."incidents", "killed" = t."killed" + EXCLUDED."killed", "sumLat" = t."sumLat" + EXCLUDED."sumLat", "sumLon" = t."sumLon" + EXCLUDED."sumLon"\073
  END IF\073
  IF r."lat" IS NOT NULL AND r."lon" IS NOT NULL THEN
    INSERT INTO "IncidentFineCellRollup" AS t ("synthetic", "year", "province", "fineX", "fineY", "incidents", "killed", "sumLat", "sumLon") VALUES (r."synthetic", COALESCE(EXTRACT(YEAR FROM r."date")::int, 0), COALESCE(r."province", ''''), floor(r."lon" * 64)::int, floor(r."lat" * 64)::int, sign * 1, sign * COALESCE(r."killed", 0), sign * r."lat", sign * r."lon") ON CONFLICT ("synthetic", "year", "province", "fineX", "fineY") DO UPDATE SET "incidents" = t."incidents" + EXCLUDED."incidents", "killed" = t."killed" + EXCLUDED."killed", "sumLat" = t."sumLat" + EXCLUDED."sumLat", "sumLon" = t."sumLon" + EXCLUDED."sumLon"\073
  END IF\073
END\073
' LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION incident_rollup_rebuild(ds BOOLEAN) RETURNS void AS E'
BEGIN
  DELETE FROM "IncidentMonthRollup" WHERE "synthetic" = ds\073
  INSERT INTO "IncidentMonthRollup" ("synthetic", "month", "province", "perpetrator", "incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown", "killedFloors", "injuredFloors", "injuredKnown") SELECT "synthetic", COALESCE(date_trunc(''month'', "date")::date, DATE ''0001-01-01''), COALESCE("province", ''''), COALESCE("perpetrator", ''''), SUM(1), SUM(COALESCE("killed", 0)), SUM(COALESCE("injured", 0)), SUM(COALESCE("killedLow", "killed", 0)), SUM(COALESCE("killedHigh", "killed", 0)), SUM(CASE WHEN "killed" IS NULL THEN 1 ELSE 0 END), SUM(CASE WHEN "killedVague" AND "killed" IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN "injuredVague" AND "injured" IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN "injured" IS NOT NULL THEN 1 ELSE 0 END) FROM "Incident" WHERE "synthetic" = ds AND "deletedAt" IS NULL GROUP BY 1, 2, 3, 4\073
  DELETE FROM "IncidentProvinceMonthRollup" WHERE "synthetic" = ds\073
  INSERT INTO "IncidentProvinceMonthRollup" ("synthetic", "month", "province", "incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown", "killedFloors", "injuredFloors", "injuredKnown") SELECT "synthetic", "month", "province", SUM("incidents"), SUM("killed"), SUM("injured"), SUM("killedLow"), SUM("killedHigh"), SUM("killedUnknown"), SUM("killedFloors"), SUM("injuredFloors"), SUM("injuredKnown") FROM "IncidentMonthRollup" WHERE "synthetic" = ds GROUP BY 1, 2, 3\073
  DELETE FROM "IncidentCellRollup" WHERE "synthetic" = ds\073
  INSERT INTO "IncidentCellRollup" ("synthetic", "year", "province", "perpetrator", "cellX", "cellY", "incidents", "killed", "sumLat", "sumLon") SELECT "synthetic", COALESCE(EXTRACT(YEAR FROM "date")::int, 0), COALESCE("province", ''''), COALESCE("perpetrator", ''''), floor("lon" * 8)::int, floor("lat" * 8)::int, SUM(1), SUM(COALESCE("killed", 0)), SUM("lat"), SUM("lon") FROM "Incident" WHERE "synthetic" = ds AND "deletedAt" IS NULL AND "lat" IS NOT NULL AND "lon" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6\073
  DELETE FROM "IncidentFineCellRollup" WHERE "synthetic" = ds\073
  INSERT INTO "IncidentFineCellRollup" ("synthetic", "year", "province", "fineX", "fineY", "incidents", "killed", "sumLat", "sumLon") SELECT "synthetic", COALESCE(EXTRACT(YEAR FROM "date")::int, 0), COALESCE("province", ''''), floor("lon" * 64)::int, floor("lat" * 64)::int, SUM(1), SUM(COALESCE("killed", 0)), SUM("lat"), SUM("lon") FROM "Incident" WHERE "synthetic" = ds AND "deletedAt" IS NULL AND "lat" IS NOT NULL AND "lon" IS NOT NULL GROUP BY 1, 2, 3, 4, 5\073
END\073
' LANGUAGE plpgsql;

-- Fill it for the incidents already stored.
SELECT incident_rollup_rebuild(false);
SELECT incident_rollup_rebuild(true);
