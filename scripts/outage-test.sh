#!/usr/bin/env bash
# Stops PostgreSQL with -m immediate under write load and starts it again; see scripts/outage_test.py.
# It creates a throw-away PostgreSQL cluster of its own (pg_createcluster, port 5499) so that nothing
# else using the machine's main cluster is disturbed, and drops it afterwards. Needs root (pg_ctlcluster).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 && export PATH="$JAVA_HOME/bin:$PATH"
version="$(ls /etc/postgresql | head -1)"
name="ct-outage-$$"
port="${OUTAGE_PGPORT:-5499}"
ls target/commitment-tracker-*.jar >/dev/null 2>&1 || ./mvnw -B -q package -DskipTests
pg_createcluster "$version" "$name" -p "$port" -- --auth=trust >/dev/null
trap 'pg_dropcluster --stop "$version" "$name" || true' EXIT
pg_ctlcluster "$version" "$name" start
python3 scripts/outage_test.py "$(ls target/commitment-tracker-*.jar | head -1)" "${OUTAGE_PORT:-18090}" "$port" "$version/$name"
