/**
 * The stores the service runs on, as the benchmark needs them: a fresh database per run, the environment variables
 * that select it, its floor, and its version for the report.
 */
package dev.switchboard.bench.store;
