-- A killed threshold (minKilled) read through the date or killed index had to visit the table for
-- every index entry to test "killed" and "deletedAt": at ten million incidents a page of 100 with
-- minKilled=50 took over a second. Carrying both columns in the indexes lets PostgreSQL answer
-- the page and its count from the index alone (an index-only scan), whichever of the two it reads.
DROP INDEX "Incident_synthetic_date_id_idx";
CREATE INDEX "Incident_synthetic_date_id_idx" ON "Incident" ("synthetic", "date" DESC NULLS LAST, "id" DESC) INCLUDE ("killed", "deletedAt");
DROP INDEX "Incident_synthetic_killed_id_idx";
CREATE INDEX "Incident_synthetic_killed_id_idx" ON "Incident" ("synthetic", "killed" DESC NULLS LAST, "id" DESC) INCLUDE ("deletedAt", "date");
