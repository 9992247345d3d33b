package dev.switchboard.bench.media;

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
 * @param serviceCores       CPU the service used during the window, in cores
 * @param storeCores         CPU of the database server's processes (NaN when embedded)
 * @param driverCores        CPU of the harness (the calls' WebSocket clients and pacer)
 * @param machineCores       CPU of the whole machine
 * @param residentKib        the service's VmRSS at the window's end
 * @param refused            upgrades that failed (those calls never started)
 * @param dropped            connections the service closed (or that failed) before {@code stop}
 * @param sendFailures       calls on which a send failed
 * @param abnormalEnds       calls not closed with 1000 by the service within the limit after {@code stop}
 * @param check              what the service kept of the calls, or why it was not checked
 * @param firstError         the first of the errors above, or null
 */
public record MediaWindow(int calls, int frameRate, double seconds, long framesSent, double latenessP50Millis,
                          double latenessP99Millis, double latenessMaxMillis, double openMillis,
                          double serviceCores, double storeCores, double driverCores, double machineCores,
                          long residentKib, long refused, long dropped, long sendFailures, long abnormalEnds,
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
