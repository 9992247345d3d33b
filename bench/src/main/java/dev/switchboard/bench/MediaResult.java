package dev.switchboard.bench;

import dev.switchboard.bench.media.MediaWindow;
import java.util.List;

/**
 * Concurrent Twilio Media Streams calls on one store's service ({@code BENCH_WORKLOADS=media}): a window per call
 * count, after the priming.
 *
 * @param assistantId   the voice assistant the calls went to, or null when it could not be made
 * @param primeCalls    how many calls streamed during the priming
 * @param primedSeconds how long they streamed
 * @param idleCores     the service's CPU without any call, in cores, measured after the priming (NaN when not)
 * @param problem       why some or all of it is missing, or null
 */
public record MediaResult(String assistantId, List<MediaWindow> windows, int primeCalls, long primedSeconds,
                          double idleCores, String problem) {

    static MediaResult notRun(String why) {
        return new MediaResult(null, List.of(), 0, 0, Double.NaN, why);
    }
}
