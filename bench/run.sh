#!/usr/bin/env bash
# Issue #6 benchmark: the tracker against raw PostgreSQL on the same server, in one run.
#
#   bench/run.sh                 full sizes (1,000,000 events), writes the table into BENCHMARKS.md
#   bench/run.sh --quick         small sizes, writes target/benchmarks-quick.md (CI runs the same as a smoke test)
#   bench/run.sh --events=200000 --items=20000 ...   any size; see BENCHMARKS.md for every option
#   bench/run.sh --keep-database ...  leaves the database on the server (to look at query plans)
#   bench/run.sh --write-only ...     stops after the write path (raw single-row inserts beside it), in minutes
#   JFR=1 bench/run.sh ...       also records a Java Flight Recording into target/bench.jfr
#
# PostgreSQL is found as by the tests: a Docker engine if one answers, otherwise the server named by
# the PG* variables (default localhost:5432), where the run creates and then drops its own database.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export PGUSER="${PGUSER:-postgres}"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
OPTS=(-Xms2g -Xmx4g -XX:+UseParallelGC "-Xlog:gc:file=target/bench-gc.log")
if [ -n "${JFR:-}" ]; then
  OPTS+=("-XX:StartFlightRecording=filename=target/bench.jfr,settings=profile,dumponexit=true")
fi
exec "$JAVA" "${OPTS[@]}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.commitmenttracker.bench.Benchmark "$@"
