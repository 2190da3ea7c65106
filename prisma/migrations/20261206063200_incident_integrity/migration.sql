-- Incident integrity (security review, issue 18): the database itself refuses what must never be:
-- counts out of order or negative, and a live incident that no article tells. Function bodies:
-- semicolons written as \073 (see the "scale" migration).

-- Repair what earlier races left, so that the constraints below hold for the rows already stored.
UPDATE "Incident" SET "killed" = NULL WHERE "killed" < 0;
UPDATE "Incident" SET "killedLow" = NULL WHERE "killedLow" < 0;
UPDATE "Incident" SET "killedHigh" = NULL WHERE "killedHigh" < 0;
UPDATE "Incident" SET "injured" = NULL WHERE "injured" < 0;
UPDATE "Incident" SET "attackersKilled" = NULL WHERE "attackersKilled" < 0;
UPDATE "Incident" SET "killedLow" = "killed" WHERE "killedLow" > "killed";
UPDATE "Incident" SET "killedHigh" = "killed" WHERE "killedHigh" < "killed";
UPDATE "Incident" SET "killedHigh" = "killedLow" WHERE "killedLow" > "killedHigh";

-- A live incident without a source (left by two splits at once) counted deaths no article tells:
-- it is deleted, with a line in its history.
WITH orphan AS (
  UPDATE "Incident" i SET "deletedAt" = now(), "reviewedFields" = array_append(i."reviewedFields", 'deleted')
  WHERE i."deletedAt" IS NULL AND NOT i."synthetic"
    AND NOT EXISTS (SELECT 1 FROM "IncidentSource" s WHERE s."incidentId" = i."id")
  RETURNING i."id"
)
INSERT INTO "IncidentChange" ("incidentId", "actor", "action", "note")
SELECT "id", 'migration', 'delete', 'no article tells it any more (left so by two concurrent edits)' FROM orphan;

ALTER TABLE "Incident" ADD CONSTRAINT "Incident_counts_not_negative"
  CHECK ("killed" >= 0 AND "killedLow" >= 0 AND "killedHigh" >= 0 AND "injured" >= 0 AND "attackersKilled" >= 0);
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_killed_in_range"
  CHECK ("killedLow" <= "killed" AND "killed" <= "killedHigh" AND "killedLow" <= "killedHigh");

-- A live incident of the real dataset has at least one source. Checked at commit, so that a
-- transaction may create an incident before its source, or move sources, in any order.
CREATE OR REPLACE FUNCTION incident_live_has_source() RETURNS trigger AS E'
DECLARE
  incident_id INTEGER\073
BEGIN
  -- Only the branch taken is evaluated: a row of the other table has no such column.
  IF TG_TABLE_NAME = ''Incident'' THEN
    incident_id := NEW."id"\073
  ELSE
    incident_id := OLD."incidentId"\073
  END IF\073
  IF EXISTS (
    SELECT 1 FROM "Incident" i
    WHERE i."id" = incident_id AND i."deletedAt" IS NULL AND NOT i."synthetic"
      AND NOT EXISTS (SELECT 1 FROM "IncidentSource" s WHERE s."incidentId" = i."id")
  ) THEN
    RAISE EXCEPTION ''incident % would be live without a source'', incident_id
      USING ERRCODE = ''check_violation'', CONSTRAINT = ''Incident_live_has_source''\073
  END IF\073
  RETURN NULL\073
END\073
' LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER "Incident_live_has_source"
AFTER INSERT OR UPDATE OF "deletedAt", "synthetic" ON "Incident"
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW WHEN (NEW."deletedAt" IS NULL AND NOT NEW."synthetic")
EXECUTE FUNCTION incident_live_has_source();

CREATE CONSTRAINT TRIGGER "IncidentSource_leaves_no_orphan"
AFTER DELETE OR UPDATE OF "incidentId" ON "IncidentSource"
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION incident_live_has_source();
