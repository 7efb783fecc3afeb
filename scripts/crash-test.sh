#!/usr/bin/env bash
# Kills the packaged tracker with kill -9 under write load, many times, and checks nothing acknowledged
# was lost or recorded twice. Usage: scripts/crash-test.sh [kills=20] [clients=4]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 && export PATH="$JAVA_HOME/bin:$PATH"
export PGUSER="${PGUSER:-postgres}"
ls target/commitment-tracker-*.jar >/dev/null 2>&1 || ./mvnw -B -q package -DskipTests
db="ct_crash_$(date +%s)"
psql -h "${PGHOST:-localhost}" -p "${PGPORT:-5432}" -d postgres -qc "CREATE DATABASE $db"
trap 'psql -h "${PGHOST:-localhost}" -p "${PGPORT:-5432}" -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
python3 scripts/crash_test.py "$(ls target/commitment-tracker-*.jar | head -1)" "${CRASH_PORT:-18089}" "$db" "${1:-20}" "${2:-4}"
