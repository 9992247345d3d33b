package dev.switchboard.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine the run happened on, as the report states it. */
public record Machine(String cpuModel, int cores, double memoryGib, String java, String os) {

    public static Machine describe() {
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String os = valueOf(Path.of("/etc/os-release"), "PRETTY_NAME=").replace("\"", "")
                + ", Linux " + System.getProperty("os.version");
        String memTotal = valueOf(Path.of("/proc/meminfo"), "MemTotal:").replaceAll("[^0-9]", "");
        double memoryKib = memTotal.isEmpty() ? Double.NaN : Double.parseDouble(memTotal);
        return new Machine(valueOf(Path.of("/proc/cpuinfo"), "model name").replaceFirst("^\\s*:\\s*", ""),
                Runtime.getRuntime().availableProcessors(), memoryKib / 1024 / 1024, java, os);
    }

    public String summary() {
        return String.format(Locale.ROOT, "%d cores (%s), %.0f GiB, %s, %s", cores, cpuModel, memoryGib, java, os);
    }

    /** The rest of the first line starting with {@code prefix}, or "unknown". */
    private static String valueOf(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
