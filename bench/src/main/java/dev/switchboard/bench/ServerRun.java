package dev.switchboard.bench;

import dev.switchboard.bench.load.WindowResult;
import dev.switchboard.bench.process.ColdStart;
import java.util.List;
import java.util.Optional;

/**
 * One server process on one target: the service jar on a store (the current one, or the baseline it is compared
 * with), or the HTTP ceiling.
 *
 * @param jar          how the report names what ran: the jar's path and hash, or the ceiling's stack
 * @param coldStart    null when the server never became ready
 * @param classArchive whether the class-data-sharing archive beside the jar was used; null for the ceiling
 * @param residentKib  the server's VmRSS after its last window, or -1
 * @param http         the voice workload's windows (empty when it did not run)
 * @param bot          the bot integration workload's windows (empty when it did not run)
 */
public record ServerRun(String jar, ColdStart coldStart, String classArchive, long residentKib,
                        List<WindowResult> http, List<WindowResult> bot) {

    /** A server that did not start, or whose windows were lost with the exception that ended its run. */
    static ServerRun missing(String jar, ColdStart coldStart, String classArchive) {
        return new ServerRun(jar, coldStart, classArchive, -1, List.of(), List.of());
    }

    /** The HTTP window for one batch size and caller count, if it ran. */
    public Optional<WindowResult> http(int batchSize, int callers) {
        return TargetResult.find(http, batchSize, callers);
    }

    /** The bot integration window for one caller count, if it ran. */
    public Optional<WindowResult> bot(int callers) {
        return TargetResult.find(bot, 1, callers);
    }
}
