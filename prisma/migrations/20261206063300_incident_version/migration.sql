-- A version for optimistic edits (security review, issue 18): an edit names the version it was
-- based on, and a stale one is refused. Function bodies: semicolons written as \073 (see the
-- "scale" migration).

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- Every change, whoever makes it (an editor, the saver, re-extraction, SQL by hand), makes a new
-- version, so an edit based on an older one is refused instead of silently undoing it.
CREATE OR REPLACE FUNCTION incident_next_version() RETURNS trigger AS E'
BEGIN
  NEW."version" := OLD."version" + 1\073
  RETURN NEW\073
END\073
' LANGUAGE plpgsql;

CREATE TRIGGER "Incident_version"
BEFORE UPDATE ON "Incident"
FOR EACH ROW EXECUTE FUNCTION incident_next_version();
