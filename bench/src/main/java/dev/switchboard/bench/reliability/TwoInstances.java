package dev.switchboard.bench.reliability;

import dev.switchboard.bench.load.HttpConnection;
import dev.switchboard.bench.load.HttpWorkload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Scenario (c): two service instances on one database, every writer sending to every shared interaction through
 * both instances in turn. Afterwards every acknowledged message is stored once, each interaction's counter and
 * sentiment agree with its messages on both instances, and an interaction closed through one instance is closed for
 * the other: it refuses further messages there.
 */
final class TwoInstances {

    static final String NAME = "two instances, one database";
    private static final String CLOSE = "{\"state\":\"closed_complete\"}";

    private TwoInstances() {
    }

    static ScenarioResult run(ReliabilitySettings settings, Database database, Path dir) throws Exception {
        ScenarioResult.Builder result = new ScenarioResult.Builder(database.name(), NAME);
        Ledger ledger = new Ledger(Duration.ofDays(1));
        Map<String, String> environment = database.environment("sb_two", dir.resolve("a"));
        try (ServiceInstance first = new ServiceInstance("switchboard-a", settings.serviceJar(), dir.resolve("a"),
                environment);
             ServiceInstance second = new ServiceInstance("switchboard-b", settings.serviceJar(), dir.resolve("b"),
                     environment)) {
            first.start();
            second.start();
            List<String> interactions = Scenario.startInteractions(first.port(), settings.sharedInteractions());
            try (Load load = new Load(settings.writers(), (n, running) -> new Writer(n,
                    List.of(first.port(), second.port()), interactions, settings.messagesPerBatch(), ledger, running,
                    false, settings.seed()))) {
                Scenario.pause(settings.twoInstances());
                load.stop();
            }
            result.fact("shared interactions", interactions.size());
            Scenario.answers(result, ledger);
            Map<String, StoredInteraction> viaFirst = Scenario.readBack(first.port(), interactions);
            Map<String, StoredInteraction> viaSecond = Scenario.readBack(second.port(), interactions);
            Verification.of(ledger, viaFirst).addTo(result);
            long closesSeen = closedOnOneSeenByTheOther(first.port(), second.port(), interactions);
            result.fact("closed on one, closed on the other", closesSeen + " of " + interactions.size())
                    .require(viaFirst.equals(viaSecond), "the two instances read different data back")
                    .require(closesSeen == interactions.size(), "a close on one instance was not seen by the other")
                    .require(ledger.other() == 0, "answers other than 200 and 503: " + ledger.otherSummary())
                    .require(ledger.noAnswer() == 0, ledger.noAnswer() + " requests got no answer");
        }
        return result.build();
    }

    /**
     * Per interaction: closed through the first instance, then shown closed by the second, which refuses a message
     * for it (400) and answers a repeated close with Success.
     */
    private static long closedOnOneSeenByTheOther(int first, int second, List<String> interactions)
            throws IOException {
        long seen = 0;
        try (HttpConnection one = new HttpConnection(first, Scenario.AUTHORIZATION);
             HttpConnection other = new HttpConnection(second, Scenario.AUTHORIZATION)) {
            for (String interaction : interactions) {
                String path = HttpWorkload.BASE_PATH + "/" + interaction;
                boolean closed = one.patch(path + "/state", bytes(CLOSE)).status() == 200;
                boolean shownClosed = StoredInteraction.read(other, interaction).state().equals("closed_complete");
                boolean refused = other.post(path + "/messages", bytes("[{\"id\":\"after-close\",\"participantId\":"
                        + "\"AGENT\",\"content\":\"late\",\"beginOffsetMillis\":0,\"endOffsetMillis\":1}]"))
                        .status() == 400;
                boolean repeated = other.patch(path + "/state", bytes(CLOSE)).text().contains("Success");
                seen += closed && shownClosed && refused && repeated ? 1 : 0;
            }
        }
        return seen;
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
