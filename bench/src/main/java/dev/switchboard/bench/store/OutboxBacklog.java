package dev.switchboard.bench.store;

/** The webhook deliveries a running service has not made yet, read from its database while it runs. */
public interface OutboxBacklog extends AutoCloseable {

    /** Deliveries in state PENDING now (due or waiting for a retry, claimed or not). */
    long pending() throws Exception;

    @Override
    void close();
}
