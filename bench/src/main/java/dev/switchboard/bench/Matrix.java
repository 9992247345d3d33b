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

/** Runs one workload at every batch size and caller count, printing each window's result as it comes. */
final class Matrix {

    private static final int PRIME_SLICE_SECONDS = 2;
    private static final double JIT_IDLE_CORES = 0.1;

    private Matrix() {
    }

    static List<WindowResult> run(String label, Workload workload, LoadDriver driver, BenchSettings settings,
                                  CpuProbe target, CpuProbe store) throws Exception {
        List<WindowResult> results = new ArrayList<>();
        for (int batchSize : settings.batchSizes()) {
            for (int callers : settings.callerCounts()) {
                settings.quietMachine().await();
                WindowResult result = driver.run(workload, batchSize, callers, target, store);
                results.add(result);
                System.out.println(describe(label, result));
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
        for (int batchSize : settings.batchSizes()) {
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
