/**
 * The ingest benchmark's harness: {@link dev.switchboard.bench.Bench} runs the HTTP ceiling and then each store
 * ({@link dev.switchboard.bench.StoreRun}: service over HTTP, beside a baseline jar if there is one, then the floors
 * and pgbench), each at every batch size and caller count ({@link dev.switchboard.bench.Matrix}), and writes the
 * report; {@link dev.switchboard.bench.Sustained} runs the service for minutes per store and follows throughput,
 * latency and size on disk over time. Not part of the service: nothing here is on Switchboard's class path, and the
 * root build does not compile it.
 */
package dev.switchboard.bench;
