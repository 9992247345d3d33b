/**
 * The HTTP ceiling: a bare Micronaut endpoint that accepts Switchboard's {@code POST …/messages} and returns the
 * same envelope without storing (and, for the bot workload, answers the bot integration endpoint the same way), so
 * each store's throughput can be read as a fraction of what the HTTP stack alone allows on this machine.
 */
package dev.switchboard.bench.ceiling;
