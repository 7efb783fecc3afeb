#!/usr/bin/env bash
# Three tracker nodes (separate JVMs) on one PostgreSQL primary with a streaming replica; node-3 reads
# from the replica; node-2 is killed with kill -9 under load. See scripts/cluster_test.py for the checks.
# It creates two throw-away PostgreSQL clusters of its own (primary on 5496, replica made with
# pg_basebackup on 5497) and drops them afterwards. Needs root (pg_createcluster, runuser).
# Usage: scripts/cluster-test.sh        (SEGMENTS=4 CLIENTS=6 CLUSTER_PORT=18091)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 && export PATH="$JAVA_HOME/bin:$PATH"
ls target/commitment-tracker-*.jar >/dev/null 2>&1 || ./mvnw -B -q package -DskipTests
version="$(ls /etc/postgresql | head -1)"
primary="ct-cluster-primary-$$"; replica="ct-cluster-replica-$$"
export PGHOST=localhost PGPORT="${CLUSTER_PGPORT:-5496}" PGUSER=postgres REPLICA_PGPORT="${CLUSTER_REPLICA_PGPORT:-5497}"
trap 'pg_dropcluster --stop "$version" "$replica" 2>/dev/null || true; pg_dropcluster --stop "$version" "$primary" 2>/dev/null || true' EXIT
pg_createcluster "$version" "$primary" -p "$PGPORT" -- --auth=trust >/dev/null
pg_ctlcluster "$version" "$primary" start
pg_createcluster "$version" "$replica" -p "$REPLICA_PGPORT" -- --auth=trust >/dev/null
replica_data="/var/lib/postgresql/$version/$replica"
rm -rf "${replica_data:?}"/*
runuser -u postgres -- pg_basebackup -h localhost -p "$PGPORT" -U postgres -D "$replica_data" -R -X stream
pg_ctlcluster "$version" "$replica" start
db="ct_cluster"
psql -d postgres -qc "CREATE DATABASE $db"
python3 scripts/cluster_test.py "$(ls target/commitment-tracker-*.jar | head -1)" "${CLUSTER_PORT:-18091}" "$db"
