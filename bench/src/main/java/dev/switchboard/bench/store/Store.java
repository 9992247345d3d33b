package dev.switchboard.bench.store;

import dev.switchboard.bench.load.Workload;
import dev.switchboard.bench.process.CpuProbe;
import java.util.Map;

/**
 * A storage backend the service can run on, as the benchmark needs it: a fresh database for the service, the
 * environment that selects it, and the cost floor written into the same database once the service has stopped.
 */
public interface Store extends AutoCloseable {

    /** As printed in the report: H2, PostgreSQL, MariaDB, MongoDB. */
    String name();

    /**
     * Creates a fresh, empty database (dropping a leftover one) and returns the environment variables that point
     * the service at it. Fails with a readable message when the store is not reachable.
     */
    Map<String, String> prepare() throws Exception;

    /** Direct writes of the same messages into the database the service migrated and used. */
    Workload floor();

    /** The database server's processes, for their CPU use; {@link CpuProbe#NONE} when it runs embedded. */
    CpuProbe serverCpu();

    /** One sentence for the report: what the floor does. */
    String floorDescription();

    /** The store's product and version, as the store reports it. */
    String version();

    /** Drops the database or stops the server the benchmark created. */
    @Override
    void close();
}
