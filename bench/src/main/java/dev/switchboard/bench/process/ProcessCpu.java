package dev.switchboard.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time a process has used so far, from {@code /proc/<pid>/stat} (user + system, all threads). Two readings
 * around a window tell how many cores the process kept busy, which says whether it was CPU-bound or waiting.
 */
public final class ProcessCpu {

    /** The kernel's USER_HZ: 100 on every Linux architecture that Java runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /** Seconds of CPU used by the process, or NaN when it cannot be read (not Linux, process gone). */
    public static double seconds(long pid) {
        return seconds(Path.of("/proc/" + pid + "/stat"));
    }

    /** User + system seconds from a process's or thread's stat file. */
    private static double seconds(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // The command name (field 2) may contain spaces; the fields we need follow its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long userTicks = Long.parseLong(fields[11]);   // field 14 of the whole line
            long systemTicks = Long.parseLong(fields[12]); // field 15
            return (userTicks + systemTicks) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * Seconds of CPU used so far by those threads of a process whose name contains {@code namePart} (for the JIT:
     * "CompilerThre", the kernel's 15-character cut of HotSpot's "C2 CompilerThread0"), or NaN.
     */
    public static double threadSeconds(long pid, String namePart) {
        try (var threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
            return threads.filter(thread -> {
                try {
                    return Files.readString(thread.resolve("comm")).contains(namePart);
                } catch (IOException gone) {
                    return false;
                }
            }).mapToDouble(thread -> seconds(thread.resolve("stat"))).filter(t -> !Double.isNaN(t)).sum();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * Seconds of CPU used so far by the threads of a process, summed by thread name with its numbers left out
     * ({@code default-nioEven}, {@code C# CompilerThre}, {@code GC Thread#}: the kernel keeps 15 characters of a
     * name); empty when it cannot be read. Two readings around a window show where a process's CPU went (threads that
     * ended in between are missing from the second).
     */
    public static Map<String, Double> secondsByThreadName(long pid) {
        Map<String, Double> byName = new TreeMap<>();
        try (var threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
            threads.forEach(thread -> {
                try {
                    String name = Files.readString(thread.resolve("comm")).trim().replaceAll("[0-9]+", "#");
                    double seconds = seconds(thread.resolve("stat"));
                    if (!Double.isNaN(seconds)) {
                        byName.merge(name, seconds, Double::sum);
                    }
                } catch (IOException gone) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return byName;
    }

    /**
     * Seconds of CPU the whole machine has spent busy so far (all cores, from the first line of /proc/stat), or NaN.
     * Set against the service's and the harness's own use, it shows whether anything else ran during a window.
     */
    public static double machineSeconds() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal …: everything but idle and iowait is busy.
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(fields[i]);
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Resident memory (VmRSS) in KiB, or -1 when it cannot be read. */
    public static long residentKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }
}
