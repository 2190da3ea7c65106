#!/bin/sh
# Run once by the postgres image when the primary's data folder is created: a role the replica
# streams as, and a pg_hba.conf line that lets it connect for replication.
set -e
psql -v ON_ERROR_STOP=1 -v password="$REPLICATION_PASSWORD" -U "$POSTGRES_USER" -d "$POSTGRES_DB" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
