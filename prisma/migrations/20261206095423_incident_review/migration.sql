-- An incident-level review state: who looked at the incident as a whole, and when. Null means it
-- arrived by itself (a script, a file, a feed, re-extraction) and waits in the review queue.
ALTER TABLE "Incident" ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedBy" TEXT;

-- What was stored before: an incident created by the seeds or by an editor's browser session (the
-- ingest page, which always sends the incidents the editor saw) was looked at, one created by the
-- extractor, the ingest CLI or an API token was not, unless a person corrected a field of it since.
UPDATE "Incident" i SET "reviewedAt" = c."createdAt", "reviewedBy" = c."actor"
FROM "IncidentChange" c
WHERE c."incidentId" = i."id" AND c."action" = 'create'
  AND c."actor" NOT IN ('extractor', 'cli') AND c."actor" NOT LIKE 'token:%';

UPDATE "Incident" i SET "reviewedAt" = i."updatedAt",
  "reviewedBy" = COALESCE((
    SELECT c."actor" FROM "IncidentChange" c
    WHERE c."incidentId" = i."id" AND c."action" = 'update'
    ORDER BY c."createdAt" DESC, c."id" DESC LIMIT 1), 'editor')
WHERE i."reviewedAt" IS NULL
  AND EXISTS (SELECT 1 FROM unnest(i."reviewedFields") f WHERE f NOT IN ('deleted', 'merged', 'rejected'));

-- The review queue: live real incidents nobody reviewed, least confident first.
CREATE INDEX "Incident_review_queue_idx" ON "Incident" ("confidence" ASC NULLS FIRST, "id")
WHERE "reviewedAt" IS NULL AND "deletedAt" IS NULL AND NOT "synthetic";
