#!/bin/sh
# The streaming replica: on first start, a base backup of the primary (pg_basebackup -R writes
# standby.signal and primary_conninfo), then PostgreSQL as a hot standby.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h db -U hub -d integration_hub; do sleep 1; done
  mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA" && chmod 0700 "$PGDATA"
  su postgres -c "PGPASSWORD='$REPLICATION_PASSWORD' pg_basebackup -h db -U replicator -D '$PGDATA' -R -X stream -c fast"
fi
exec su postgres -c "postgres -D '$PGDATA' -c hot_standby=on"
