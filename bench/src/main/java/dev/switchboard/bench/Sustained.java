package dev.switchboard.bench;

import dev.switchboard.bench.report.Machine;
import dev.switchboard.bench.report.SustainedChart;
import dev.switchboard.bench.report.SustainedReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sustained run: the service under steady load for minutes per store (H2, PostgreSQL), one after the other, to
 * show what the short windows of {@link Bench} cannot: whether throughput and latency hold as the data grows, and
 * how the store's size on disk grows against the data it holds. Writes docs/sustained.md and docs/sustained.png.
 */
public final class Sustained {

    private Sustained() {
    }

    public static void main(String[] args) throws Exception {
        SustainedSettings settings = SustainedSettings.from(args, System.getenv());
        Instant started = Instant.now();
        Machine machine = Machine.describe();
        System.out.println("Switchboard sustained ingest run on " + machine.summary());
        List<SustainedResult> results = new ArrayList<>();
        for (String name : settings.stores()) {
            Path workDir = Files.createDirectories(settings.workDir().resolve(name));
            results.add(new SustainedRun(settings, Bench.store(name, workDir), workDir).run());
        }
        Duration took = Duration.between(started, Instant.now());
        Files.createDirectories(settings.docsDir());
        Path chart = settings.docsDir().resolve("sustained.png");
        SustainedChart.write(chart, results);
        Path report = settings.docsDir().resolve("sustained.md");
        Files.writeString(report, new SustainedReport(settings, machine, started, took, results).markdown());
        System.out.printf("Wrote %s and %s (the run took %d min %d s)%n", report, chart, took.toMinutes(),
                took.toSecondsPart());
    }
}
