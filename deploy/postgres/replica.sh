#!/bin/sh
# The standby: cloned from the primary on its first start (pg_basebackup -R writes the standby
# settings), then a hot standby that streams the primary's WAL and answers reads. PRIMARY_HOST
# names the primary (compose's "postgres"); arguments go to postgres.
set -e
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_basebackup -h "${PRIMARY_HOST:-postgres}" -U replicator -D "$PGDATA" -R -X stream; do
    echo "waiting for the primary…"
    sleep 2
  done
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on "$@"
