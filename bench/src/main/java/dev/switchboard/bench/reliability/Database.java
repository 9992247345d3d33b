package dev.switchboard.bench.reliability;

import java.util.Map;

/**
 * A store the service runs on, as the suite needs it: started, stopped for an outage and started again with the same
 * data, and one database per scenario. Servers are the suite's own, on free ports of 127.0.0.1; the machine's
 * PostgreSQL and MariaDB are never touched.
 */
interface Database extends AutoCloseable {

    /** As the report names it: H2, PostgreSQL, MariaDB, MongoDB. */
    String name();

    /** Starts the server, the first time on an empty data directory, later on the data it had. */
    void start() throws Exception;

    /** Stops the server while the service keeps running: the outage. */
    void stop() throws Exception;

    /**
     * The environment variables that point the service at {@code database}, created when missing.
     *
     * @param serviceWorkDir the service's working directory, where the embedded H2 keeps its file
     */
    Map<String, String> environment(String database, java.nio.file.Path serviceWorkDir) throws Exception;

    /** False for the embedded H2: there is no server to stop, and only one process can open its file. */
    boolean isServer();

    /** False for the in-memory MongoDB stand-in: a restarted server is empty. */
    boolean keepsDataWhenRestarted();

    /** The product and version, as the server reports it. */
    String version();

    /** Stops the server and removes its data. */
    @Override
    void close();
}
