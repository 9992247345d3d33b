package dev.switchboard.bench;

import dev.switchboard.bench.load.WindowResult;
import dev.switchboard.bench.process.ColdStart;
import java.util.List;
import java.util.Optional;

/**
 * Everything measured on one target: the service on one store, or the HTTP ceiling.
 *
 * @param coldStart    null when the server never became ready
 * @param residentKib  the server's VmRSS after its last window, or -1
 * @param floor        the direct-write windows (empty for the ceiling)
 * @param problem      why some or all of the runs are missing, or null when everything ran
 */
public record TargetResult(String name, String version, ColdStart coldStart, long residentKib,
                           List<WindowResult> http, List<WindowResult> floor, String floorDescription,
                           String problem) {

    /** The HTTP window for one batch size and caller count, if it ran. */
    public Optional<WindowResult> http(int batchSize, int callers) {
        return find(http, batchSize, callers);
    }

    public Optional<WindowResult> floor(int batchSize, int callers) {
        return find(floor, batchSize, callers);
    }

    private static Optional<WindowResult> find(List<WindowResult> results, int batchSize, int callers) {
        return results.stream().filter(r -> r.batchSize() == batchSize && r.callers() == callers).findFirst();
    }
}
