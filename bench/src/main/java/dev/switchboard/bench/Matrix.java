package dev.switchboard.bench;

import dev.switchboard.bench.load.LoadDriver;
import dev.switchboard.bench.load.WindowResult;
import dev.switchboard.bench.load.Workload;
import dev.switchboard.bench.process.CpuProbe;
import dev.switchboard.bench.process.ProcessCpu;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs workloads at every batch size and caller count, printing each window's result as it comes. Two servers
 * compared with each other (the baseline jar and the current one) are measured alternately, window by window, so
 * that whatever else happens on the shared machine meanwhile falls on both alike.
 */
final class Matrix {

    /**
     * One server measured by a matrix: its label, its workload, the processes whose CPU a window reports, and what
     * has to happen after each of its windows before the next window (of any server) starts.
     */
    record Measured(String label, Workload workload, CpuProbe target, CpuProbe store, AfterWindow after) {

        Measured(String label, Workload workload, CpuProbe target, CpuProbe store) {
            this(label, workload, target, store, result -> { });
        }
    }

    /** Work after a window that must not overlap the next one (an outbox draining, say). */
    @FunctionalInterface
    interface AfterWindow {
        void accept(WindowResult result) throws Exception;
    }

    private static final int PRIME_SLICE_SECONDS = 2;
    private static final double JIT_IDLE_CORES = 0.1;

    private Matrix() {
    }

    static List<WindowResult> run(String label, Workload workload, LoadDriver driver, BenchSettings settings,
                                  CpuProbe target, CpuProbe store) throws Exception {
        return run(List.of(new Measured(label, workload, target, store)), driver, settings).get(0);
    }

    /**
     * Every combination for each of {@code measured} (which run the same kind of workload, so the first one's batch
     * sizes are everyone's), one server after the other per combination; the order within a combination turns by one
     * each time (A B, B A, A B …), so that neither always goes first.
     *
     * @return the windows of each server, in the order of {@code measured}
     */
    static List<List<WindowResult>> run(List<Measured> measured, LoadDriver driver, BenchSettings settings)
            throws Exception {
        List<List<WindowResult>> results = new ArrayList<>();
        measured.forEach(m -> results.add(new ArrayList<>()));
        int combination = 0;
        for (int batchSize : measured.get(0).workload().batchSizes(settings.batchSizes())) {
            for (int callers : settings.callerCounts()) {
                for (int turn = 0; turn < measured.size(); turn++) {
                    int index = (turn + combination) % measured.size();
                    Measured m = measured.get(index);
                    settings.quietMachine().await();
                    WindowResult result = driver.run(m.workload(), batchSize, callers, m.target(), m.store());
                    results.get(index).add(result);
                    System.out.println(describe(m.label(), result));
                    m.after().accept(result);
                }
                combination++;
            }
        }
        return results;
    }

    /**
     * Unrecorded traffic at every batch size until the JIT is done: on two cores HotSpot's compiler threads keep
     * compiling Micronaut's request path for tens of seconds, and a window measured meanwhile measures the compiler.
     * Runs slices of {@value #PRIME_SLICE_SECONDS} s at 8 callers until the compiler threads of {@code jitPid} (the
     * server, or the harness itself for a floor) used less than {@value #JIT_IDLE_CORES} cores in a slice, for at most
     * {@code settings.prime()} per batch size.
     */
    static void prime(Workload workload, BenchSettings settings, long jitPid) throws Exception {
        LoadDriver slice = new LoadDriver(new LoadDriver.Window(Duration.ZERO,
                Duration.ofSeconds(PRIME_SLICE_SECONDS), Long.MAX_VALUE));
        long spent = 0;
        for (int batchSize : workload.batchSizes(settings.batchSizes())) {
            for (long perBatch = 0; perBatch < settings.prime().toSeconds(); perBatch += PRIME_SLICE_SECONDS) {
                double jitBefore = ProcessCpu.threadSeconds(jitPid, "CompilerThre");
                slice.run(workload, batchSize, 8, CpuProbe.NONE, CpuProbe.NONE);
                spent += PRIME_SLICE_SECONDS;
                double jitCores = (ProcessCpu.threadSeconds(jitPid, "CompilerThre") - jitBefore) / PRIME_SLICE_SECONDS;
                if (!(jitCores >= JIT_IDLE_CORES)) { // NaN (not measurable) counts as idle
                    break;
                }
            }
        }
        System.out.printf("  primed for %d s until the JIT was idle%n", spent);
    }

    static String describe(String label, WindowResult r) {
        return String.format(Locale.ROOT, "  %-20s %d msg x %2d callers: %8.0f msg/s  p50 %7.2f ms  p99 %7.2f ms"
                        + "  %6d req %d err  CPU cores: target %.2f store %.2f driver %.2f other %.2f%s",
                label, r.batchSize(), r.callers(), r.messagesPerSecond(), r.p50Millis(), r.p99Millis(), r.requests(),
                r.errors(), r.targetCpuCores(), r.storeCpuCores(), r.driverCpuCores(), r.otherCpuCores(),
                r.firstError() == null ? "" : "\n    first error: " + r.firstError());
    }
}
