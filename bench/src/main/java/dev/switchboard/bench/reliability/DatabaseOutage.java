package dev.switchboard.bench.reliability;

import dev.switchboard.bench.load.HttpConnection;
import dev.switchboard.bench.load.HttpWorkload;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Scenario (b): writers stream batches while the database server is stopped for a while and started again, the
 * service left alone. Every request must be answered 200 or 503 within the bound (no 500, no hang, no dropped
 * connection), {@code /health} must say DOWN during the outage and UP after it, and the service must take writes
 * again by itself. A store that keeps its data across the restart must still hold every acknowledged message.
 */
final class DatabaseOutage {

    static final String NAME = "database outage";
    private static final Duration LOAD_BEFORE = Duration.ofSeconds(5);
    private static final Duration LOAD_AFTER_RECOVERY = Duration.ofSeconds(5);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(60);

    private DatabaseOutage() {
    }

    static ScenarioResult run(ReliabilitySettings settings, Database database, Path dir) throws Exception {
        ScenarioResult.Builder result = new ScenarioResult.Builder(database.name(), NAME);
        Path serviceDir = dir.resolve("service");
        Ledger ledger = new Ledger(settings.answerBound());
        try (ServiceInstance service = new ServiceInstance("switchboard", settings.serviceJar(), serviceDir,
                database.environment("sb_outage", serviceDir))) {
            service.start();
            List<String> interactions = Scenario.startInteractions(service.port(), settings.writers());
            long stopped;
            long restarted;
            double recovery;
            double downAfter;
            int healthAtEnd;
            try (HealthWatch health = new HealthWatch(service.port());
                 Load load = new Load(settings.writers(), (n, running) -> new Writer(n, List.of(service.port()),
                         List.of(interactions.get(n)), settings.messagesPerBatch(), ledger, running,
                         !database.keepsDataWhenRestarted(), settings.seed()))) {
                Scenario.pause(LOAD_BEFORE);
                database.stop();
                stopped = System.nanoTime();
                Scenario.pause(settings.outage());
                database.start();
                restarted = System.nanoTime();
                recovery = secondsUntilWritesSucceed(service.port());
                Scenario.pause(LOAD_AFTER_RECOVERY);
                load.stop();
                downAfter = health.firstBetween(stopped, restarted, 503);
                healthAtEnd = health.lastStatus();
            }
            result.fact("outage", Scenario.seconds(Duration.ofNanos(restarted - stopped)))
                    .fact("/health DOWN after", downAfter < 0 ? "never" : String.format("%.1f s", downAfter))
                    .fact("/health at the end", healthAtEnd == 200 ? "UP" : "status " + healthAtEnd)
                    .fact("writes again after", recovery < 0 ? "never" : String.format("%.1f s", recovery));
            Scenario.answers(result, ledger);
            result.fact("answers over " + Scenario.seconds(settings.answerBound()), ledger.overBound());
            Verification data = Verification.of(ledger, Scenario.readBack(service.port(),
                    ledger.checkedInteractions()));
            data.addTo(result);
            if (!database.keepsDataWhenRestarted()) {
                result.fact("acknowledged, gone with the in-memory server", ledger.lostAcknowledged());
            }
            result.require(ledger.other() == 0, "answers other than 200 and 503: " + ledger.otherSummary())
                    .require(ledger.noAnswer() == 0, ledger.noAnswer() + " requests got no answer")
                    .require(ledger.overBound() == 0, ledger.overBound() + " answers took longer than "
                            + Scenario.seconds(settings.answerBound()))
                    .require(downAfter >= 0, "/health never said DOWN during the outage")
                    .require(healthAtEnd == 200, "/health did not say UP after the outage")
                    .require(recovery >= 0, "the service took no write within " + RECOVERY_LIMIT.toSeconds()
                            + " s of the database's return");
        }
        return result.build();
    }

    /** Seconds from now until the service stores a new interaction, or -1 after {@link #RECOVERY_LIMIT}. */
    private static double secondsUntilWritesSucceed(int port) throws InterruptedException {
        long from = System.nanoTime();
        try (HttpConnection connection = new HttpConnection(port, Scenario.AUTHORIZATION)) {
            while (System.nanoTime() - from < RECOVERY_LIMIT.toNanos()) {
                try {
                    HttpWorkload.startInteraction(connection);
                    return (System.nanoTime() - from) / 1e9;
                } catch (IOException notYet) {
                    TimeUnit.MILLISECONDS.sleep(100);
                }
            }
        }
        return -1;
    }
}
