package dev.switchboard.bench.store;

import dev.switchboard.bench.floor.PgBench;
import dev.switchboard.bench.load.Workload;
import dev.switchboard.bench.process.CpuProbe;
import java.util.Map;
import java.util.Optional;

/**
 * A storage backend the service can run on, as the benchmark needs it: a fresh database for the service (and one
 * for the baseline jar, when the run compares two), the environment that selects it, and the cost floors written
 * into the same database once the service has stopped.
 */
public interface Store extends AutoCloseable {

    /** As printed in the report: H2, PostgreSQL, MariaDB, MongoDB. */
    String name();

    /**
     * Creates a fresh, empty database (dropping a leftover one) and returns the environment variables that point
     * the service at it. The baseline jar gets a database of its own, so that neither service writes into the
     * other's tables and both start from the same empty state. Fails with a readable message when the store is not
     * reachable.
     */
    Map<String, String> prepare(boolean baseline) throws Exception;

    /** Direct writes of the same messages into the database the (current) service migrated and used. */
    Workload floor();

    /** The same rows, one commit for every request waiting at that moment; empty where there is none. */
    Optional<Workload> groupedFloor();

    /** PostgreSQL's pgbench on the same database; empty for the other stores. */
    Optional<PgBench> pgbench();

    /** The size of the data on disk, for the sustained run; empty where the harness does not measure it. */
    Optional<DiskUsage> diskUsage();

    /**
     * The webhook outbox in the database {@link #prepare} made ({@code baseline}: the second one), read while a
     * service runs on it; empty where the harness cannot open the database beside the service (embedded H2) or the
     * store has no outbox (MongoDB).
     */
    default Optional<OutboxBacklog> outboxBacklog(boolean baseline) {
        return Optional.empty();
    }

    /** The database server's processes, for their CPU use; {@link CpuProbe#NONE} when it runs embedded. */
    CpuProbe serverCpu();

    /** One sentence for the report: what the floor does. */
    String floorDescription();

    /** One sentence for the report: what the grouped floor does, or why this store has none. */
    String groupedFloorDescription();

    /** The store's product and version, as the store reports it. */
    String version();

    /** Drops the databases or stops the server the benchmark created. */
    @Override
    void close();
}
