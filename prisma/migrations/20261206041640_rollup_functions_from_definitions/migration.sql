-- The rollup trigger and rebuild functions, generated from lib/db/rollups.ts by
-- `npm run db:rollup-sql`. Function bodies: semicolons written as \073 (see the "scale" migration).

CREATE OR REPLACE FUNCTION incident_rollup_apply(r "Incident", sign INTEGER) RETURNS void AS E'
BEGIN
  IF r."deletedAt" IS NOT NULL THEN
    RETURN\073
  END IF\073
  INSERT INTO "IncidentProvinceMonthRollup" AS t ("synthetic", "month", "province", "incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown") VALUES (r."synthetic", COALESCE(date_trunc(''month'', r."date")::date, DATE ''0001-01-01''), COALESCE(r."province", ''''), sign * 1, sign * COALESCE(r."killed", 0), sign * COALESCE(r."injured", 0), sign * COALESCE(r."killedLow", r."killed", 0), sign * COALESCE(r."killedHigh", r."killed", 0), sign * CASE WHEN r."killed" IS NULL THEN 1 ELSE 0 END) ON CONFLICT ("synthetic", "month", "province") DO UPDATE SET "incidents" = t."incidents" + EXCLUDED."incidents", "killed" = t."killed" + EXCLUDED."killed", "injured" = t."injured" + EXCLUDED."injured", "killedLow" = t."killedLow" + EXCLUDED."killedLow", "killedHigh" = t."killedHigh" + EXCLUDED."killedHigh", "killedUnknown" = t."killedUnknown" + EXCLUDED."killedUnknown"\073
  INSERT INTO "IncidentMonthRollup" AS t ("synthetic", "month", "province", "perpetrator", "incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown") VALUES (r."synthetic", COALESCE(date_trunc(''month'', r."date")::date, DATE ''0001-01-01''), COALESCE(r."province", ''''), COALESCE(r."perpetrator", ''''), sign * 1, sign * COALESCE(r."killed", 0), sign * COALESCE(r."injured", 0), sign * COALESCE(r."killedLow", r."killed", 0), sign * COALESCE(r."killedHigh", r."killed", 0), sign * CASE WHEN r."killed" IS NULL THEN 1 ELSE 0 END) ON CONFLICT ("synthetic", "month", "province", "perpetrator") DO UPDATE SET "incidents" = t."incidents" + EXCLUDED."incidents", "killed" = t."killed" + EXCLUDED."killed", "injured" = t."injured" + EXCLUDED."injured", "killedLow" = t."killedLow" + EXCLUDED."killedLow", "killedHigh" = t."killedHigh" + EXCLUDED."killedHigh", "killedUnknown" = t."killedUnknown" + EXCLUDED."killedUnknown"\073
  IF r."lat" IS NOT NULL AND r."lon" IS NOT NULL THEN
    INSERT INTO "IncidentCellRollup" AS t ("synthetic", "year", "province", "perpetrator", "cellX", "cellY", "incidents", "killed", "sumLat", "sumLon") VALUES (r."synthetic", COALESCE(EXTRACT(YEAR FROM r."date")::int, 0), COALESCE(r."province", ''''), COALESCE(r."perpetrator", ''''), floor(r."lon" * 8)::int, floor(r."lat" * 8)::int, sign * 1, sign * COALESCE(r."killed", 0), sign * r."lat", sign * r."lon") ON CONFLICT ("synthetic", "year", "province", "perpetrator", "cellX", "cellY") DO UPDATE SET "incidents" = t."incidents" + EXCLUDED."incidents", "killed" = t."killed" + EXCLUDED."killed", "sumLat" = t."sumLat" + EXCLUDED."sumLat", "sumLon" = t."sumLon" + EXCLUDED."sumLon"\073
  END IF\073
END\073
' LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION incident_rollup_rebuild(ds BOOLEAN) RETURNS void AS E'
BEGIN
  DELETE FROM "IncidentMonthRollup" WHERE "synthetic" = ds\073
  INSERT INTO "IncidentMonthRollup" ("synthetic", "month", "province", "perpetrator", "incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown") SELECT "synthetic", COALESCE(date_trunc(''month'', "date")::date, DATE ''0001-01-01''), COALESCE("province", ''''), COALESCE("perpetrator", ''''), SUM(1), SUM(COALESCE("killed", 0)), SUM(COALESCE("injured", 0)), SUM(COALESCE("killedLow", "killed", 0)), SUM(COALESCE("killedHigh", "killed", 0)), SUM(CASE WHEN "killed" IS NULL THEN 1 ELSE 0 END) FROM "Incident" WHERE "synthetic" = ds AND "deletedAt" IS NULL GROUP BY 1, 2, 3, 4\073
  DELETE FROM "IncidentProvinceMonthRollup" WHERE "synthetic" = ds\073
  INSERT INTO "IncidentProvinceMonthRollup" ("synthetic", "month", "province", "incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown") SELECT "synthetic", "month", "province", SUM("incidents"), SUM("killed"), SUM("injured"), SUM("killedLow"), SUM("killedHigh"), SUM("killedUnknown") FROM "IncidentMonthRollup" WHERE "synthetic" = ds GROUP BY 1, 2, 3\073
  DELETE FROM "IncidentCellRollup" WHERE "synthetic" = ds\073
  INSERT INTO "IncidentCellRollup" ("synthetic", "year", "province", "perpetrator", "cellX", "cellY", "incidents", "killed", "sumLat", "sumLon") SELECT "synthetic", COALESCE(EXTRACT(YEAR FROM "date")::int, 0), COALESCE("province", ''''), COALESCE("perpetrator", ''''), floor("lon" * 8)::int, floor("lat" * 8)::int, SUM(1), SUM(COALESCE("killed", 0)), SUM("lat"), SUM("lon") FROM "Incident" WHERE "synthetic" = ds AND "deletedAt" IS NULL AND "lat" IS NOT NULL AND "lon" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6\073
END\073
' LANGUAGE plpgsql;
