#!/usr/bin/env bash
# The sustained ingest run: builds the service jar and the harness, then runs the service for BENCH_SUSTAINED_SECONDS
# on each store of BENCH_SUSTAINED_STORES, one after the other, at 64 callers and 1 message per request, sampling
# requests/s, p50/p99, CPU and the size on disk every BENCH_SUSTAINED_SAMPLE_SECONDS; writes docs/sustained.md and
# docs/sustained.png. About 22 minutes with the defaults (two stores of 10 minutes, plus start, stop and H2's final
# compaction). All traffic stays on 127.0.0.1; every server the harness starts is stopped by it.
#
# The service is launched as bench/run.sh launches it (from bootstrap/target, with the switchboard.jsa beside the jar
# when the build wrote one).
#
# Optional environment: BENCH_SUSTAINED_SECONDS=600  BENCH_SUSTAINED_STORES=h2,postgresql (the stores whose size it
#   can sample)  BENCH_SUSTAINED_SAMPLE_SECONDS=10  BENCH_SUSTAINED_MAX_REQUESTS=10000000 (ends a run early)
#   BENCH_SUSTAINED_MAX_DISK_GIB=20 (ends a store's run early once its size on disk passes it; so does less than 5 GiB
#   free on the disk: H2's file grew past 1 GiB in the first 40 s of a trial run)
#   BENCH_QUIET_WAIT_SECONDS=300  BENCH_SERVICE_JAVA_OPTS="…"  BENCH_SKIP_BUILD=1 (reuse the jars)
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
prepare_run BENCH bench/sustained.sh

work=bench/target/sustained
rm -rf "$work"
mkdir -p "$work"
echo "bench: scratch directory $work (the service's logs and data stay there until the next run)"

# The harness bounds every run itself; this is only a guard against a hung store: each store's length plus 10 minutes
# for start, stop, compaction and waiting for a quiet machine. SIGTERM lets its shutdown hook stop the servers.
seconds=${BENCH_SUSTAINED_SECONDS:-600}
stores=${BENCH_SUSTAINED_STORES:-h2,postgresql}
count=$(echo "$stores" | tr ',' '\n' | grep -c .)
guard=$(( count * (${seconds%.*} + 600) ))
timeout --signal=TERM "${guard}s" \
  java -cp "bench/target/classes:bench/target/lib/*" dev.switchboard.bench.Sustained \
    bootstrap/target/switchboard.jar docs "$work"
