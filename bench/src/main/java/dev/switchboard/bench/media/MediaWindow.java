package dev.switchboard.bench.media;

import java.util.Map;

/**
 * One media window: N concurrent calls on one service, measured after a warm-up, then stopped and checked.
 *
 * @param calls              calls the window asked for
 * @param frameRate          frames per second per call asked for (20 ms each)
 * @param seconds            the measured window's length
 * @param framesSent         frames whose send completed inside the measured window, all calls together
 * @param latenessP50Millis  from a window frame's due time to its send's completion, median
 * @param latenessP99Millis  the same, 99th percentile
 * @param latenessMaxMillis  the same, the worst
 * @param openMillis         how long opening the calls took (signed upgrades, connected, start), before the pacing
 * @param stopToCloseP50Millis from writing a call's {@code stop} to the service's close, median over the calls: the
 *                           service applies a call's messages in order, so this is how far behind the audio it was
 *                           at the end, plus storing the last second and closing the interaction
 * @param stopToCloseMaxMillis the same, the slowest call
 * @param serviceCores       CPU the service used during the window, in cores
 * @param jitCores           of {@code serviceCores}, what its JIT compiler threads used: on two cores HotSpot keeps
 *                           compiling for a while after a short priming, and that is not the calls' steady cost
 * @param storeCores         CPU of the database server's processes (NaN when embedded)
 * @param driverCores        CPU of the harness (the calls' WebSocket clients and pacer)
 * @param machineCores       CPU of the whole machine
 * @param residentKib        the service's VmRSS at the window's end
 * @param serviceThreads     the service's busiest threads during the window, by name without numbers, in cores,
 *                           busiest first (at most five)
 * @param refused            upgrades that failed (those calls never started)
 * @param dropped            connections the service closed (or that failed) before {@code stop}
 * @param sendFailures       calls on which a send failed
 * @param abnormalEnds       calls not closed with 1000 by the service within the limit after {@code stop}
 * @param check              what the service kept of the calls, or why it was not checked
 * @param firstError         the first of the errors above, or null
 */
public record MediaWindow(int calls, int frameRate, double seconds, long framesSent, double latenessP50Millis,
                          double latenessP99Millis, double latenessMaxMillis, double openMillis,
                          double stopToCloseP50Millis, double stopToCloseMaxMillis,
                          double serviceCores, double jitCores, double storeCores, double driverCores,
                          double machineCores, long residentKib, Map<String, Double> serviceThreads, long refused,
                          long dropped, long sendFailures, long abnormalEnds,
                          RecordingCheck check, String firstError) {

    /** Frames per second the window should have carried: calls × frame rate. */
    public double framesPerSecondExpected() {
        return (double) calls * frameRate;
    }

    public double framesPerSecondSent() {
        return framesSent / seconds;
    }

    /** The service's cores per call. */
    public double coresPerCall() {
        return serviceCores / calls;
    }

    /** Milliseconds of the service's CPU per second of audio it received (a frame is 20 ms of audio). */
    public double cpuMillisPerAudioSecond() {
        double audioSeconds = framesSent * MediaRound.FRAME_MILLIS / 1000.0;
        return serviceCores * seconds * 1000 / audioSeconds;
    }

    /**
     * Milliseconds of the service's CPU per second of audio without its JIT compiler threads and above what it uses
     * idle ({@code idleCores}, measured on the same service without calls, also without the JIT): the calls' own
     * steady cost.
     */
    public double cpuMillisPerAudioSecondAbove(double idleCores) {
        double audioSeconds = framesSent * MediaRound.FRAME_MILLIS / 1000.0;
        return (serviceCores - (Double.isNaN(jitCores) ? 0 : jitCores) - idleCores) * seconds * 1000 / audioSeconds;
    }

    /** CPU used by everything else on the machine: near zero on a quiet machine. */
    public double otherCores() {
        double known = driverCores + (Double.isNaN(serviceCores) ? 0 : serviceCores)
                + (Double.isNaN(storeCores) ? 0 : storeCores);
        return Math.max(0, machineCores - known);
    }

    public long errors() {
        return refused + dropped + sendFailures + abnormalEnds;
    }
}
