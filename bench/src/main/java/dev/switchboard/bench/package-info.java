/**
 * The ingest benchmark's harness: {@link dev.switchboard.bench.Bench} runs the HTTP ceiling and then each store
 * ({@link dev.switchboard.bench.StoreRun}: service over HTTP, then the floor), each at every batch size and caller
 * count ({@link dev.switchboard.bench.Matrix}), and writes the report. Not part of the service: nothing here is on
 * Switchboard's class path, and the root build does not compile it.
 */
package dev.switchboard.bench;
