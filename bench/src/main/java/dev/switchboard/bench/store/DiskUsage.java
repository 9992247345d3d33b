package dev.switchboard.bench.store;

/**
 * How much disk a store's data takes, sampled during a sustained run: the files the database grows, and an
 * estimate of the live data in them, so that the report can tell growth that the data explains from space the
 * store does not reuse.
 */
public interface DiskUsage extends AutoCloseable {

    /** Bytes on disk now. */
    long bytesOnDisk() throws Exception;

    /** Bytes of live data now, or -1 when the store can tell only once the service has stopped. */
    long liveBytes() throws Exception;

    /** Bytes of live data once the service has stopped (for H2 this compacts the file). */
    long liveBytesAfterStop() throws Exception;

    /** For the report: what {@link #bytesOnDisk()} and the live-data figures measure. */
    String method();

    @Override
    void close();
}
