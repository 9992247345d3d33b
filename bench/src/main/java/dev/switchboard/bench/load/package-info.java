/**
 * The load generator: closed-loop callers ({@link dev.switchboard.bench.load.LoadDriver}) pushing a scripted call's
 * messages into a {@link dev.switchboard.bench.load.Workload} (over HTTP, or straight into a store), and the
 * window's figures.
 */
package dev.switchboard.bench.load;
