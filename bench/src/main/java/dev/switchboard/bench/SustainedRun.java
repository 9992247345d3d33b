package dev.switchboard.bench;

import dev.switchboard.bench.load.HttpWorkload;
import dev.switchboard.bench.load.SustainedDriver;
import dev.switchboard.bench.process.ChildProcess;
import dev.switchboard.bench.process.ColdStart;
import dev.switchboard.bench.process.CpuProbe;
import dev.switchboard.bench.process.HttpServerProcess;
import dev.switchboard.bench.process.ProcessCpu;
import dev.switchboard.bench.store.DiskUsage;
import dev.switchboard.bench.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One store's sustained run: a fresh database, the service started on it, {@value SustainedSettings#CALLERS}
 * callers for the whole length, and at the end of every interval the CPU counters and the store's size on disk;
 * then a clean stop and the live-data estimate at the end.
 */
final class SustainedRun {

    private static final long SELF_PID = ProcessHandle.current().pid();
    /** The run also ends early when the disk it writes to has less than this left. */
    private static final long MIN_FREE_BYTES = 5L << 30;

    private final SustainedSettings settings;
    private final Store store;
    private final Path workDir;

    SustainedRun(SustainedSettings settings, Store store, Path workDir) {
        this.settings = settings;
        this.store = store;
        this.workDir = workDir;
    }

    /** The counters read at the end of each interval (and once at the start). */
    private record Reading(double serviceCpu, double storeCpu, double selfCpu, double machineCpu, long bytesOnDisk,
                           long liveBytes) {
    }

    SustainedResult run() {
        System.out.println(store.name() + ": " + settings.length().toSeconds() + " s at "
                + SustainedSettings.CALLERS + " callers, " + SustainedSettings.BATCH_SIZE + " message per request");
        ColdStart coldStart = null;
        String archive = null;
        long residentKib = -1;
        List<SustainedResult.Sample> samples = new ArrayList<>();
        long liveAtEnd = -1;
        String version = store.name();
        String firstError = null;
        List<String> stopped = new ArrayList<>();
        DiskUsage disk = store.diskUsage().orElseThrow();
        try (store; disk) {
            var environment = store.prepare(false);
            int port = ChildProcess.freePort();
            try (ChildProcess service = ChildProcess.startJava("switchboard",
                    settings.serviceJar().command(settings.serviceJvmOptions(), port), workDir, environment)) {
                HttpWorkload workload = new HttpWorkload(port, "admin", "admin");
                coldStart = HttpServerProcess.awaitReady(service, workload, port);
                archive = settings.serviceJar().archiveUse(service.pid());
                System.out.printf("  cold start: HTTP up after %.0f ms, first authenticated request answered after "
                        + "%.0f ms (class archive: %s)%n", coldStart.httpUpMillis(), coldStart.firstRequestMillis(),
                        archive);
                settings.quietMachine().await();
                CpuProbe serviceCpu = CpuProbe.ofPid(service.pid());
                CpuProbe storeCpu = store.serverCpu();
                List<Reading> readings = new ArrayList<>();
                readings.add(read(serviceCpu, storeCpu, disk));
                SustainedDriver.Run run = new SustainedDriver(settings.length(),
                        settings.interval(), settings.maxRequests()).run(workload, SustainedSettings.BATCH_SIZE,
                        SustainedSettings.CALLERS, i -> {
                            readings.add(read(serviceCpu, storeCpu, disk));
                            System.out.println("  " + describe(readings, i));
                            String bound = boundReached(readings.get(readings.size() - 1));
                            if (bound != null) {
                                stopped.add("ended early after interval " + (i + 1) + ": " + bound);
                                System.out.println("  " + stopped.get(0));
                            }
                            return bound == null;
                        });
                firstError = run.firstError();
                for (int i = 0; i < run.intervals().size() && i + 1 < readings.size(); i++) {
                    samples.add(sample(run.intervals().get(i), readings.get(i), readings.get(i + 1)));
                }
                if (firstError != null) {
                    System.out.println("  first error: " + firstError);
                }
                samples.forEach(sample -> System.out.println("  " + describe(sample)));
                residentKib = service.residentKib();
            }
            liveAtEnd = disk.liveBytesAfterStop();
            version = store.version();
            return new SustainedResult(store.name(), version, coldStart, archive, residentKib, samples, liveAtEnd,
                    disk.method(), firstError, stopped.isEmpty() ? null : stopped.get(0));
        } catch (Exception e) {
            String problem = e.getMessage() == null ? e.toString() : e.getMessage();
            System.out.println("  not (fully) run: " + problem);
            return new SustainedResult(store.name(), version, coldStart, archive, residentKib, samples, liveAtEnd,
                    disk.method(), firstError, problem);
        }
    }

    /** Why the run must end now (its size on disk, or the disk's free space), or null. */
    private String boundReached(Reading reading) {
        if (reading.bytesOnDisk() > settings.maxDiskBytes()) {
            return String.format(Locale.ROOT, "the store's size on disk (%.1f GiB) passed BENCH_SUSTAINED_MAX_DISK_GIB"
                    + " (%.1f GiB)", reading.bytesOnDisk() / 1073741824.0, settings.maxDiskBytes() / 1073741824.0);
        }
        try {
            long free = Files.getFileStore(workDir).getUsableSpace();
            if (free < MIN_FREE_BYTES) {
                return String.format(Locale.ROOT, "less than %d GiB left on the disk (%.1f GiB)",
                        MIN_FREE_BYTES >> 30, free / 1073741824.0);
            }
        } catch (IOException e) {
            return null; // the size bound above still holds
        }
        return null;
    }

    /** Never throws: a size that cannot be read is -1 for that sample, and the run goes on. */
    private static Reading read(CpuProbe service, CpuProbe store, DiskUsage disk) {
        long onDisk;
        long live;
        try {
            onDisk = disk.bytesOnDisk();
            live = disk.liveBytes();
        } catch (Exception e) {
            System.out.println("  (size not read: " + e.getMessage() + ")");
            onDisk = -1;
            live = -1;
        }
        return new Reading(service.seconds(), store.seconds(), ProcessCpu.seconds(SELF_PID),
                ProcessCpu.machineSeconds(), onDisk, live);
    }

    private static SustainedResult.Sample sample(SustainedDriver.Interval interval, Reading before, Reading after) {
        double seconds = interval.seconds();
        double service = (after.serviceCpu() - before.serviceCpu()) / seconds;
        double storeCores = (after.storeCpu() - before.storeCpu()) / seconds;
        double self = (after.selfCpu() - before.selfCpu()) / seconds;
        double machine = (after.machineCpu() - before.machineCpu()) / seconds;
        double other = Math.max(0, machine - self - service - (Double.isNaN(storeCores) ? 0 : storeCores));
        return new SustainedResult.Sample(interval.endSeconds(), seconds, interval.requests(), interval.errors(),
                interval.p50Millis(), interval.p99Millis(), service, storeCores, other, after.bytesOnDisk(),
                after.liveBytes());
    }

    /** Progress while the run goes on: the size as sampled (the rates come once the run is over). */
    private static String describe(List<Reading> readings, int interval) {
        Reading last = readings.get(readings.size() - 1);
        return String.format(Locale.ROOT, "interval %d: on disk %.1f MiB, live %s", interval + 1,
                last.bytesOnDisk() / 1048576.0,
                last.liveBytes() < 0 ? "–" : String.format(Locale.ROOT, "%.1f MiB", last.liveBytes() / 1048576.0));
    }

    private static String describe(SustainedResult.Sample s) {
        return String.format(Locale.ROOT, "%6.0f s: %7.0f req/s  p50 %7.2f ms  p99 %7.2f ms  %d err  on disk %.1f MiB"
                        + "  CPU cores: service %.2f store %.2f other %.2f", s.endSeconds(), s.requestsPerSecond(),
                s.p50Millis(), s.p99Millis(), s.errors(), s.bytesOnDisk() / 1048576.0, s.serviceCores(),
                s.storeCores(), s.otherCores());
    }
}
