package dev.switchboard.bench.store;

/** The webhook deliveries a running service has not made yet, read from its database while it runs. */
public interface OutboxBacklog extends AutoCloseable {

    /** Deliveries in state PENDING now (due or waiting for a retry, claimed or not). */
    long pending() throws Exception;

    /**
     * {@code ANALYZE}s the outbox's delivery table: the planner statistics autovacuum would gather on its own (it is
     * off on the benchmark machine's PostgreSQL), without which the claim query is planned for an empty table.
     */
    void analyze() throws Exception;

    @Override
    void close();
}
