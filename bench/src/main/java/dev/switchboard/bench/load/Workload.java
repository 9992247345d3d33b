package dev.switchboard.bench.load;

import java.util.List;

/**
 * Something the load driver can push transcript batches into: the service over HTTP, the HTTP ceiling, or a
 * store written directly (the cost floor); or, with a batch of one, bot messages ({@link BotWorkload}). Each caller
 * gets its own session, as each real call streams into its own interaction.
 */
public interface Workload {

    /** Opens one caller's session: creates its interaction (not measured). */
    Session open(int caller, int batchSize) throws Exception;

    /** The batch sizes this workload is measured at, of those the run asks for: all of them, unless overridden. */
    default List<Integer> batchSizes(List<Integer> requested) {
        return requested;
    }

    /** One caller's stream of batches. Used by one thread only. */
    interface Session extends AutoCloseable {

        /** Sends the next batch of {@code batchSize} new messages and returns once it is acknowledged. */
        void sendBatch() throws Exception;

        @Override
        void close();
    }
}
