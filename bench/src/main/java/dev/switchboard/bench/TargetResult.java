package dev.switchboard.bench;

import dev.switchboard.bench.floor.PgBench;
import dev.switchboard.bench.load.WindowResult;
import java.util.List;
import java.util.Optional;

/**
 * Everything measured on one target: the service on one store, or the HTTP ceiling.
 *
 * @param service                 the current jar's server (the ceiling's for the ceiling)
 * @param baseline                the baseline jar's server on the same store, or null when the run has none
 * @param floor                   the direct-write windows, one commit per request (empty for the ceiling)
 * @param groupedFloor            the direct-write windows, one commit per group of waiting requests (empty where
 *                                there is none)
 * @param groupedFloorDescription what the grouped floor does, or why there is none; null for the ceiling
 * @param pgbench                 pgbench on the same database, or why it did not run; null for the ceiling
 * @param outbox                  the webhook outbox's comparison, or null when it was not asked for (and for the
 *                                ceiling)
 * @param media                   the concurrent Twilio Media Streams windows, or null when they were not asked for
 *                                (and for the ceiling)
 * @param problem                 why some or all of the runs are missing, or null when everything ran
 */
public record TargetResult(String name, String version, ServerRun service, ServerRun baseline,
                           List<WindowResult> floor, String floorDescription, List<WindowResult> groupedFloor,
                           String groupedFloorDescription, PgBench.Result pgbench, OutboxResult outbox,
                           MediaResult media, String problem) {

    /** The current jar's HTTP window for one batch size and caller count, if it ran. */
    public Optional<WindowResult> http(int batchSize, int callers) {
        return service.http(batchSize, callers);
    }

    /** The baseline jar's HTTP window, if the run had a baseline and the window ran. */
    public Optional<WindowResult> baselineHttp(int batchSize, int callers) {
        return baseline == null ? Optional.empty() : baseline.http(batchSize, callers);
    }

    /** The current jar's bot integration window for one caller count, if it ran. */
    public Optional<WindowResult> bot(int callers) {
        return service.bot(callers);
    }

    /** The baseline jar's bot integration window, if the run had a baseline and the window ran. */
    public Optional<WindowResult> baselineBot(int callers) {
        return baseline == null ? Optional.empty() : baseline.bot(callers);
    }

    public Optional<WindowResult> floor(int batchSize, int callers) {
        return find(floor, batchSize, callers);
    }

    public Optional<WindowResult> groupedFloor(int batchSize, int callers) {
        return find(groupedFloor, batchSize, callers);
    }

    static Optional<WindowResult> find(List<WindowResult> results, int batchSize, int callers) {
        return results.stream().filter(r -> r.batchSize() == batchSize && r.callers() == callers).findFirst();
    }
}
