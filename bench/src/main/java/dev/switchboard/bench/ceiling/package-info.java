/**
 * The HTTP ceiling: a bare Micronaut endpoint that accepts Switchboard's {@code POST …/messages} and returns the
 * same envelope without storing, so each store's throughput can be read as a fraction of what the HTTP stack alone
 * allows on this machine.
 */
package dev.switchboard.bench.ceiling;
