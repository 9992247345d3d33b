#!/usr/bin/env bash
# The ingest benchmark in one go: builds the service jar and the harness, then runs the HTTP ceiling and every
# store (H2, PostgreSQL, MariaDB, MongoDB via mongo-java-server) one after the other, and writes docs/benchmarks.md
# and docs/benchmarks.png. About 15 minutes on a 2-core machine. All traffic stays on 127.0.0.1; every server the
# harness starts is stopped by it.
#
# Optional environment: BENCH_STORES=h2,postgresql,mariadb,mongo  BENCH_MEASURE_SECONDS=7  BENCH_WARMUP_SECONDS=2
#   BENCH_FLOOR_MEASURE_SECONDS=5  BENCH_FLOOR_WARMUP_SECONDS=1  BENCH_PRIME_SECONDS=24  BENCH_MAX_REQUESTS=400000
#   BENCH_QUIET_WAIT_SECONDS=300
#   BENCH_SERVICE_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/sb.jfr"  BENCH_SKIP_BUILD=1 (reuse the jars)
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
prepare_run BENCH bench/run.sh

work=bench/target/run
rm -rf "$work"
mkdir -p "$work"
echo "bench: scratch directory $work (servers' logs and data stay there until the next run)"
# A copy, so that a build started elsewhere during the run cannot swap the jar between two stores.
cp bootstrap/target/switchboard.jar "$work/switchboard.jar"

# The harness bounds every window itself; this is only a guard against a hung store. SIGTERM lets its shutdown
# hook stop the servers it started.
timeout --signal=TERM 40m \
  java -cp "bench/target/classes:bench/target/lib/*" dev.switchboard.bench.Bench \
    "$work/switchboard.jar" docs "$work" bench/NOTES.md
