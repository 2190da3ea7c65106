-- A month rollup per governorate without the perpetrator: about a tenth of the rows of
-- "IncidentMonthRollup", so the timeline, the governorate sums and the summary cards read a
-- few thousand rows instead of tens of thousands whenever no perpetrator filter or split asks
-- for the finer one. Kept in step by the same trigger function.
-- (Function bodies: semicolons written as \073, see the "scale" migration.)

CREATE TABLE "IncidentProvinceMonthRollup" (
    "synthetic"     BOOLEAN NOT NULL,
    "month"         DATE    NOT NULL,
    "province"      TEXT    NOT NULL,
    "incidents"     BIGINT  NOT NULL DEFAULT 0,
    "killed"        BIGINT  NOT NULL DEFAULT 0,
    "injured"       BIGINT  NOT NULL DEFAULT 0,
    "killedLow"     BIGINT  NOT NULL DEFAULT 0,
    "killedHigh"    BIGINT  NOT NULL DEFAULT 0,
    "killedUnknown" BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY ("synthetic", "month", "province")
);

CREATE OR REPLACE FUNCTION incident_rollup_apply(r "Incident", sign INTEGER) RETURNS void AS E'
BEGIN
  IF r."deletedAt" IS NOT NULL THEN
    RETURN\073
  END IF\073
  INSERT INTO "IncidentMonthRollup" AS t ("synthetic", "month", "province", "perpetrator", "incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown")
  VALUES (r."synthetic", COALESCE(date_trunc(''month'', r."date")::date, DATE ''0001-01-01''),
          COALESCE(r."province", ''''), COALESCE(r."perpetrator", ''''),
          sign, sign * COALESCE(r."killed", 0), sign * COALESCE(r."injured", 0),
          sign * COALESCE(r."killedLow", r."killed", 0), sign * COALESCE(r."killedHigh", r."killed", 0),
          CASE WHEN r."killed" IS NULL THEN sign ELSE 0 END)
  ON CONFLICT ("synthetic", "month", "province", "perpetrator") DO UPDATE
    SET "incidents" = t."incidents" + EXCLUDED."incidents",
        "killed"    = t."killed" + EXCLUDED."killed",
        "injured"   = t."injured" + EXCLUDED."injured",
        "killedLow" = t."killedLow" + EXCLUDED."killedLow",
        "killedHigh" = t."killedHigh" + EXCLUDED."killedHigh",
        "killedUnknown" = t."killedUnknown" + EXCLUDED."killedUnknown"\073
  INSERT INTO "IncidentProvinceMonthRollup" AS t ("synthetic", "month", "province", "incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown")
  VALUES (r."synthetic", COALESCE(date_trunc(''month'', r."date")::date, DATE ''0001-01-01''),
          COALESCE(r."province", ''''),
          sign, sign * COALESCE(r."killed", 0), sign * COALESCE(r."injured", 0),
          sign * COALESCE(r."killedLow", r."killed", 0), sign * COALESCE(r."killedHigh", r."killed", 0),
          CASE WHEN r."killed" IS NULL THEN sign ELSE 0 END)
  ON CONFLICT ("synthetic", "month", "province") DO UPDATE
    SET "incidents" = t."incidents" + EXCLUDED."incidents",
        "killed"    = t."killed" + EXCLUDED."killed",
        "injured"   = t."injured" + EXCLUDED."injured",
        "killedLow" = t."killedLow" + EXCLUDED."killedLow",
        "killedHigh" = t."killedHigh" + EXCLUDED."killedHigh",
        "killedUnknown" = t."killedUnknown" + EXCLUDED."killedUnknown"\073
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

-- The governorate rollup is the month rollup summed over perpetrators, so a rebuild derives
-- it from that one rather than reading the incident table a third time.
CREATE OR REPLACE FUNCTION incident_rollup_rebuild(ds BOOLEAN) RETURNS void AS E'
BEGIN
  DELETE FROM "IncidentMonthRollup" WHERE "synthetic" = ds\073
  DELETE FROM "IncidentProvinceMonthRollup" WHERE "synthetic" = ds\073
  DELETE FROM "IncidentCellRollup" WHERE "synthetic" = ds\073
  INSERT INTO "IncidentMonthRollup" ("synthetic", "month", "province", "perpetrator", "incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown")
  SELECT ds, COALESCE(date_trunc(''month'', "date")::date, DATE ''0001-01-01''), COALESCE("province", ''''), COALESCE("perpetrator", ''''),
         COUNT(*), COALESCE(SUM("killed"), 0), COALESCE(SUM("injured"), 0),
         COALESCE(SUM(COALESCE("killedLow", "killed")), 0), COALESCE(SUM(COALESCE("killedHigh", "killed")), 0), COUNT(*) FILTER (WHERE "killed" IS NULL)
  FROM "Incident" WHERE "synthetic" = ds AND "deletedAt" IS NULL
  GROUP BY 1, 2, 3, 4\073
  INSERT INTO "IncidentProvinceMonthRollup" ("synthetic", "month", "province", "incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown")
  SELECT ds, "month", "province", SUM("incidents"), SUM("killed"), SUM("injured"), SUM("killedLow"), SUM("killedHigh"), SUM("killedUnknown")
  FROM "IncidentMonthRollup" WHERE "synthetic" = ds
  GROUP BY 1, 2, 3\073
  INSERT INTO "IncidentCellRollup" ("synthetic", "year", "province", "perpetrator", "cellX", "cellY", "incidents", "killed", "sumLat", "sumLon")
  SELECT ds, COALESCE(EXTRACT(YEAR FROM "date")::int, 0), COALESCE("province", ''''), COALESCE("perpetrator", ''''),
         floor("lon" * 8)::int, floor("lat" * 8)::int, COUNT(*), COALESCE(SUM("killed"), 0), SUM("lat"), SUM("lon")
  FROM "Incident" WHERE "synthetic" = ds AND "deletedAt" IS NULL AND "lat" IS NOT NULL AND "lon" IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6\073
END\073
' LANGUAGE plpgsql;

INSERT INTO "IncidentProvinceMonthRollup" ("synthetic", "month", "province", "incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown")
SELECT "synthetic", "month", "province", SUM("incidents"), SUM("killed"), SUM("injured"), SUM("killedLow"), SUM("killedHigh"), SUM("killedUnknown")
FROM "IncidentMonthRollup"
GROUP BY 1, 2, 3;
