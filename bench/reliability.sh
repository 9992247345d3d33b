#!/usr/bin/env bash
# The reliability suite in one go: builds the service jar and the harness, then on each store (H2, PostgreSQL,
# MariaDB, MongoDB via mongo-java-server) kills the service under load, stops its database under load, and runs two
# instances on one database, and writes docs/reliability.md. About 3 minutes per store on a 2-core machine; the whole
# run stops by itself after RELIABILITY_TIME_LIMIT_MINUTES at the latest. All traffic stays on 127.0.0.1. PostgreSQL
# and MariaDB are servers of the suite's own (initdb / mariadb-install-db into bench/target/reliability, free ports),
# never the machine's; every process it starts is stopped by it. Not part of ./mvnw verify: it kills processes.
#
# Optional environment: RELIABILITY_STORES=h2,postgresql,mariadb,mongo  RELIABILITY_WRITERS=8
#   RELIABILITY_MESSAGES_PER_BATCH=3  RELIABILITY_KILL_CYCLES=5  RELIABILITY_MAX_LOAD_BEFORE_KILL_SECONDS=6
#   RELIABILITY_OUTAGE_SECONDS=12  RELIABILITY_TWO_INSTANCES_SECONDS=20  RELIABILITY_SHARED_INTERACTIONS=4
#   RELIABILITY_ANSWER_BOUND_SECONDS=6  RELIABILITY_SEED=<number>  RELIABILITY_TIME_LIMIT_MINUTES=40
#   RELIABILITY_PG_BIN=/usr/lib/postgresql/15/bin  RELIABILITY_SKIP_BUILD=1 (reuse the jars)
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
prepare_run RELIABILITY bench/reliability.sh

work=bench/target/reliability

# Database servers of an earlier run that was killed too hard to stop them itself: the pid file says which process,
# and it is signalled only if its command line names this run's directory (a stale pid may belong to anyone now).
stop_leftover_server() {
  local pid_file=$1 signal=$2 pid
  [ -f "$pid_file" ] || return 0
  pid=$(head -n 1 "$pid_file")
  if [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q "$(cd "$work" && pwd)"; then
    kill "-$signal" "$pid" 2>/dev/null || true
  fi
}
stop_leftover_servers() {
  [ -d "$work" ] || return 0
  for pid_file in "$work"/*/server/data/postmaster.pid; do
    stop_leftover_server "$pid_file" QUIT # PostgreSQL's immediate shutdown
  done
  for pid_file in "$work"/*/server/mariadb.pid; do
    stop_leftover_server "$pid_file" TERM
  done
}
stop_leftover_servers
trap stop_leftover_servers EXIT

rm -rf "$work"
mkdir -p "$work"
echo "reliability: scratch directory $work (servers' logs and data stay there until the next run)"
# A copy, so that a build started elsewhere during the run cannot swap the jar between two scenarios.
cp bootstrap/target/switchboard.jar "$work/switchboard.jar"

# SIGTERM lets the harness's shutdown hooks stop the services and database servers it started.
timeout --signal=TERM --kill-after=60s "${RELIABILITY_TIME_LIMIT_MINUTES:-40}m" \
  java -cp "bench/target/classes:bench/target/lib/*" dev.switchboard.bench.reliability.Reliability \
    "$work/switchboard.jar" docs "$work" bench/RELIABILITY-NOTES.md
