package dev.switchboard.bench.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Scenario (a): writers stream batches while the service is killed with SIGKILL at random moments and started again,
 * cycle after cycle; each writer sends a batch again until it is acknowledged. Afterwards, read back through the
 * service, every acknowledged message is there once.
 */
final class KillUnderLoad {

    static final String NAME = "kill -9 under load";
    private static final Duration LEAST_LOAD_BEFORE_KILL = Duration.ofSeconds(1);
    private static final Duration LOAD_AFTER_LAST_START = Duration.ofSeconds(3);

    private KillUnderLoad() {
    }

    static ScenarioResult run(ReliabilitySettings settings, Database database, Path dir, Random random)
            throws Exception {
        ScenarioResult.Builder result = new ScenarioResult.Builder(database.name(), NAME);
        Path serviceDir = dir.resolve("service");
        Ledger ledger = new Ledger(Duration.ofDays(1)); // how long answers take is not the point here
        try (ServiceInstance service = new ServiceInstance("switchboard", settings.serviceJar(), serviceDir,
                database.environment("sb_kill", serviceDir))) {
            service.start();
            List<String> interactions = Scenario.startInteractions(service.port(), settings.writers());
            List<Duration> restarts = new ArrayList<>();
            try (Load load = new Load(settings.writers(), (n, running) -> new Writer(n, List.of(service.port()),
                    List.of(interactions.get(n)), settings.messagesPerBatch(), ledger, running, false, settings.seed()))) {
                long spread = Math.max(0, settings.maxLoadBeforeKill().minus(LEAST_LOAD_BEFORE_KILL).toMillis());
                for (int cycle = 0; cycle < settings.killCycles(); cycle++) {
                    Scenario.pause(LEAST_LOAD_BEFORE_KILL.plusMillis(random.nextLong(spread + 1)));
                    service.kill();
                    restarts.add(service.start());
                }
                Scenario.pause(LOAD_AFTER_LAST_START);
                load.stop();
            }
            result.fact("kills", settings.killCycles())
                    .fact("restart, slowest", restarts.isEmpty() ? "–" : Scenario.seconds(Collections.max(restarts)));
            Scenario.answers(result, ledger);
            Verification.of(ledger, Scenario.readBack(service.port(), interactions)).addTo(result);
            result.require(ledger.other() == 0, "answers other than 200 and 503: " + ledger.otherSummary());
        }
        return result.build();
    }
}
