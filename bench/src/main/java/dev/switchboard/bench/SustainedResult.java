package dev.switchboard.bench;

import dev.switchboard.bench.process.ColdStart;
import java.util.List;

/**
 * One store's sustained run: the samples over time, and the size of its data at the end.
 *
 * @param coldStart       null when the service never became ready
 * @param classArchive    whether the JVM used the class-data-sharing archive beside the jar
 * @param liveBytesAtEnd  the live-data estimate once the service had stopped, or -1
 * @param diskMethod      what the size figures measure, for the report
 * @param firstError      the first failed request's error, or null when every request was acknowledged
 * @param problem         why the run is missing or incomplete, or null
 */
public record SustainedResult(String name, String version, ColdStart coldStart, String classArchive,
                              long residentKib, List<Sample> samples, long liveBytesAtEnd, String diskMethod,
                              String firstError, String problem) {

    /**
     * One interval of the run.
     *
     * @param endSeconds   seconds from the first request to the end of this interval
     * @param serviceCores CPU the service used during the interval, in cores
     * @param storeCores   CPU the database server's processes used (NaN for embedded H2)
     * @param otherCores   CPU everything else used besides the load generator
     * @param bytesOnDisk  the store's size on disk at the end of the interval, or -1
     * @param liveBytes    the live-data estimate at the end of the interval, or -1 when the store cannot tell
     */
    public record Sample(double endSeconds, double seconds, long requests, long errors, double p50Millis,
                         double p99Millis, double serviceCores, double storeCores, double otherCores,
                         long bytesOnDisk, long liveBytes) {

        public double requestsPerSecond() {
            return seconds > 0 ? requests / seconds : Double.NaN;
        }
    }

    /** Requests per second over the samples that end in (from, to], or NaN when the run did not cover it all. */
    public double requestsPerSecond(double fromSeconds, double toSeconds) {
        long requests = 0;
        double seconds = 0;
        for (Sample sample : samples) {
            if (sample.endSeconds() > fromSeconds + 1e-6 && sample.endSeconds() <= toSeconds + 1e-6) {
                requests += sample.requests();
                seconds += sample.seconds();
            }
        }
        return seconds + 1e-6 >= toSeconds - fromSeconds ? requests / seconds : Double.NaN;
    }

    /** Seconds covered by the samples. */
    public double lengthSeconds() {
        return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).endSeconds();
    }

    /** The last size on disk sampled during the run, or -1. */
    public long bytesOnDiskAtEnd() {
        return samples.isEmpty() ? -1 : samples.get(samples.size() - 1).bytesOnDisk();
    }
}
