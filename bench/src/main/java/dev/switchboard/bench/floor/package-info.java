/**
 * The cost floors: the service's message rows or documents written directly into the store with nothing else the
 * service does around them, one batch and one commit per request ({@link dev.switchboard.bench.floor.JdbcFloor},
 * {@link dev.switchboard.bench.floor.MongoFloor}) or one commit per group of waiting requests
 * ({@link dev.switchboard.bench.floor.GroupedJdbcFloor}); and PostgreSQL's pgbench on the same database
 * ({@link dev.switchboard.bench.floor.PgBench}).
 */
package dev.switchboard.bench.floor;
