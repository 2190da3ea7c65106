-- Each source keeps its own account of the fields its incident shares (issue 19: a source merged
-- and split off again came back with another source's perpetrator).

-- AlterTable
ALTER TABLE "IncidentSource" ADD COLUMN "account" JSONB;

-- A source that is its incident's only one said what the incident holds, but for what a person set.
UPDATE "IncidentSource" s
SET "account" = jsonb_build_object(
  'values', jsonb_build_object(
    'place', i."placeName", 'placeId', i."placeId", 'province', i."province", 'lat', i."lat", 'lon', i."lon",
    'geoPrecision', i."geoPrecision", 'perpetrator', i."perpetrator", 'perpetratorText', i."perpetratorText",
    'target', i."target", 'targetText', i."targetText", 'attackersKilled', i."attackersKilled",
    'eventType', i."eventType", 'civilians', i."civilians", 'confidence', i."confidence",
    'dateConfidence', i."dateConfidence", 'placeConfidence', i."placeConfidence", 'claimedBy', i."claimedBy"
  ),
  'reviewed', to_jsonb(i."reviewedFields")
)
FROM "Incident" i
WHERE i."id" = s."incidentId"
  AND (SELECT COUNT(*) FROM "IncidentSource" o WHERE o."incidentId" = s."incidentId") = 1;
