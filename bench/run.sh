#!/usr/bin/env bash
# The ingest benchmark in one go: builds the service jar and the harness, then runs the HTTP ceiling and every
# store (H2, PostgreSQL, MariaDB, MongoDB via mongo-java-server) one after the other — on each the service, then the
# per-request and the grouped floor, and on PostgreSQL pgbench — and writes docs/benchmarks.md and
# docs/benchmarks.png. About 20 minutes on a 2-core machine without a baseline; with one (BENCH_BASELINE_JAR), the
# services' windows take twice as long (about 28 minutes). All traffic stays on 127.0.0.1; every server the harness
# starts is stopped by it.
#
# The service is launched as the README runs it: with -XX:SharedArchiveFile=<the switchboard.jsa beside the jar>
# when the build wrote one. It runs from bootstrap/target, not from a copy: JDK 17 accepts the archive only for the
# jar at the path it was made from. The harness checks the jar's SHA-256 before every launch instead, so a build
# elsewhere during the run makes the affected store fail rather than mix two jars.
#
# Optional environment: BENCH_STORES=h2,postgresql,mariadb,mongo  BENCH_MEASURE_SECONDS=7  BENCH_WARMUP_SECONDS=2
#   BENCH_FLOOR_MEASURE_SECONDS=5  BENCH_FLOOR_WARMUP_SECONDS=1  BENCH_PRIME_SECONDS=24  BENCH_MAX_REQUESTS=400000
#   BENCH_QUIET_WAIT_SECONDS=300  BENCH_BATCH_SIZES=1,5  BENCH_CALLERS=1,8,64 (a quick look at one combination)
#   BENCH_SERVICE_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/sb.jfr"  BENCH_SKIP_BUILD=1 (reuse the jars)
#   BENCH_WORKLOADS=voice (default) | bot | voice,bot: what the ceiling and the services are measured with. voice is
#     the transcript messages (with the floors and pgbench); bot is POST /api/sn_va_as_service/bot/integration on a
#     synchronous channel the harness configures, one message per request (BENCH_BATCH_SIZES does not apply), no floor.
#   BENCH_WORKLOADS=outbox (alone or beside the others): the webhook outbox's cost and delivery rate, on PostgreSQL
#     and MariaDB: the voice messages, one per request, on the store's service (no endpoint) and on a second service of
#     the same jar on a second database with one endpoint subscribed to transcript.messages_added, pointing at a
#     receiver in the harness on 127.0.0.1; their windows alternate; reports requests/s and p99 off vs on, events/s
#     at the receiver, the lag from acknowledgement to arrival, the PENDING backlog after each window and how long it
#     took to empty (the next window waits for it, at most 60 s). Not with BENCH_BASELINE_JAR.
#     BENCH_OUTBOX_ANALYZE=1 (default) runs ANALYZE webhook_delivery after the priming (autovacuum is off on the
#     benchmark machine's PostgreSQL); 0 leaves the table unanalyzed.
#   BENCH_WORKLOADS=media (alone or beside the others): concurrent Twilio Media Streams calls on each store's service
#     (the current jar; started with SWITCHBOARD_PUBLIC_URL=http://127.0.0.1:<port> so the generated channel URL is
#     dialable): one voice assistant with a Twilio channel made through the admin API, then per call count a window of
#     that many JDK WebSocket clients, each signing the upgrade (X-Twilio-Signature) and sending connected, start,
#     20 ms mu-law media frames paced at absolute times, a dtmf digit every 250 frames, mark and stop. Warm-up and
#     window: BENCH_WARMUP_SECONDS / BENCH_MEASURE_SECONDS; primed first with the largest count (at most
#     BENCH_PRIME_SECONDS). Reports frames sent against due, their lateness, the service's CPU (in all, per call, per
#     second of audio), RSS, errors, and after stop each call's interaction closed, its WAV as long as the frames sent
#     and its digits stored.
#     BENCH_MEDIA_CALLS=10,100: the concurrent calls of each window (1 to 500).
#     BENCH_MEDIA_FRAME_RATE=50: frames of 20 ms per second per call (1 to 200; 50 is real time, as Twilio sends).
#   BENCH_DOCS_DIR=docs: where benchmarks.md (and, with voice, benchmarks.png) are written; point a trial run
#     elsewhere (e.g. bench/target/docs) to keep the committed report.
#   BENCH_BASELINE_JAR=/path/to/bootstrap/target/switchboard.jar: the jar to compare with ("before"), run on every
#     store in the same run, its windows alternating with the current jar's; the switchboard.jsa beside it is used if
#     there is one (an archive only works for the jar it was made from, so leave the baseline where it was built).
#     pgbench's window lasts BENCH_MEASURE_SECONDS.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
prepare_run BENCH bench/run.sh

work=bench/target/run
rm -rf "$work"
mkdir -p "$work"
echo "bench: scratch directory $work (servers' logs and data stay there until the next run)"

# The harness bounds every window itself; this is only a guard against a hung store (doubled when a baseline runs
# beside every service). SIGTERM lets its shutdown hook stop the servers it started.
guard=40m
if [ -n "${BENCH_BASELINE_JAR:-}" ]; then
  guard=70m
fi
timeout --signal=TERM "$guard" \
  java -cp "bench/target/classes:bench/target/lib/*" dev.switchboard.bench.Bench \
    bootstrap/target/switchboard.jar "${BENCH_DOCS_DIR:-docs}" "$work" bench/NOTES.md
