package dev.switchboard.bench.reliability;

import java.nio.file.Path;
import java.util.Map;

/**
 * The shipped default: the service opens its H2 file under {@code ./data} of its working directory itself. There is
 * no server to stop, and the file belongs to one process, so only the kill scenario applies.
 */
final class EmbeddedH2 implements Database {

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public void start() {
        // embedded: the service opens the file when it starts
    }

    @Override
    public void stop() {
        throw new UnsupportedOperationException("the embedded H2 has no server to stop");
    }

    /** Nothing to set: a fresh working directory is a fresh database, exactly as a user gets it. */
    @Override
    public Map<String, String> environment(String database, Path serviceWorkDir) {
        return Map.of();
    }

    @Override
    public boolean isServer() {
        return false;
    }

    @Override
    public boolean keepsDataWhenRestarted() {
        return true;
    }

    @Override
    public String version() {
        return "H2 2.3, embedded file (the shipped default URL)";
    }

    @Override
    public void close() {
        // the file stays in the scratch directory until the next run
    }
}
