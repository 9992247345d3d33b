package dev.switchboard.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads how many seconds of CPU some process or processes have used so far. Two readings around a window say how
 * many cores they kept busy, and so where the machine's two cores went: service, store, load generator, or
 * something else.
 */
@FunctionalInterface
public interface CpuProbe {

    /** Nothing to measure (the target runs inside the harness, or there is no separate store process). */
    CpuProbe NONE = () -> Double.NaN;

    double seconds();

    static CpuProbe ofPid(long pid) {
        return () -> ProcessCpu.seconds(pid);
    }

    /**
     * Every process whose command name is one of {@code names} and whose command line passes {@code commandLine}
     * (a database server's processes: PostgreSQL runs one per connection). Processes that come and go during a
     * window are counted only while they exist.
     */
    static CpuProbe ofCommands(Set<String> names, Predicate<String> commandLine) {
        return () -> {
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .filter(p -> names.contains(command(p)) && commandLine.test(commandLine(p)))
                        .mapToDouble(p -> ProcessCpu.seconds(Long.parseLong(p.getFileName().toString())))
                        .filter(seconds -> !Double.isNaN(seconds))
                        .sum();
            } catch (IOException e) {
                return Double.NaN;
            }
        };
    }

    /** The arguments, space-separated; PostgreSQL writes "postgres: user database host(port) state" there. */
    private static String commandLine(Path process) {
        try {
            return Files.readString(process.resolve("cmdline")).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static String command(Path process) {
        try {
            return Files.readString(process.resolve("comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
