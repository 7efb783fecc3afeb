#!/usr/bin/env bash
# Three tracker nodes (separate JVMs) on one PostgreSQL database; one is killed with kill -9 under load.
# See scripts/cluster_test.py for what it checks. Usage: scripts/cluster-test.sh   (SEGMENTS=4 CLIENTS=6)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 && export PATH="$JAVA_HOME/bin:$PATH"
export PGUSER="${PGUSER:-postgres}"
ls target/commitment-tracker-*.jar >/dev/null 2>&1 || ./mvnw -B -q package -DskipTests
db="ct_cluster_$(date +%s)"
psql -h "${PGHOST:-localhost}" -p "${PGPORT:-5432}" -d postgres -qc "CREATE DATABASE $db"
trap 'psql -h "${PGHOST:-localhost}" -p "${PGPORT:-5432}" -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
python3 scripts/cluster_test.py "$(ls target/commitment-tracker-*.jar | head -1)" "${CLUSTER_PORT:-18091}" "$db"
