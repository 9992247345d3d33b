package dev.switchboard.bench.reliability;

import dev.switchboard.bench.load.HttpConnection;
import dev.switchboard.bench.load.HttpWorkload;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the three scenarios share: the client's credentials, starting interactions, reading back, the answer counts. */
final class Scenario {

    /** The shipped development user; the suite runs the jar with its default configuration. */
    static final String AUTHORIZATION = HttpWorkload.basic("admin", "admin");

    private Scenario() {
    }

    static List<String> startInteractions(int port, int count) throws IOException {
        List<String> interactions = new ArrayList<>();
        try (HttpConnection connection = new HttpConnection(port, AUTHORIZATION)) {
            for (int i = 0; i < count; i++) {
                interactions.add(HttpWorkload.startInteraction(connection));
            }
        }
        return interactions;
    }

    static Map<String, StoredInteraction> readBack(int port, Collection<String> interactions) throws IOException {
        Map<String, StoredInteraction> stored = new LinkedHashMap<>();
        try (HttpConnection connection = new HttpConnection(port, AUTHORIZATION)) {
            for (String interaction : interactions) {
                stored.put(interaction, StoredInteraction.read(connection, interaction));
            }
        }
        return stored;
    }

    /** The report's columns for the answers the clients got, in order. */
    static void answers(ScenarioResult.Builder result, Ledger ledger) {
        result.fact("answered 200", ledger.ok())
                .fact("answered 503", ledger.unavailable())
                .fact("other answers", ledger.otherSummary())
                .fact("no answer", ledger.noAnswer())
                .fact("slowest answer", seconds(ledger.slowest()));
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
