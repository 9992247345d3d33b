/**
 * The webhook outbox as the benchmark sees it: a receiver in the harness's JVM that the service delivers events to,
 * and what a window's deliveries came to (rate, lag behind the acknowledgements, backlog, drain time).
 */
package dev.switchboard.bench.outbox;
