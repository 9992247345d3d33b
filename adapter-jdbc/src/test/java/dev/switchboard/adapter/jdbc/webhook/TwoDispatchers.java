package dev.switchboard.adapter.jdbc.webhook;

import dev.switchboard.application.contract.TwoDispatcherRace;
import dev.switchboard.application.contract.WebhookOutboxContract;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.shared.Fields;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two dispatchers on one database, each claim in a transaction of its own, as two service instances would run them:
 * every delivery is claimed once, and a key's deliveries are claimed one after the other, each only once the one
 * before it is settled. A subclass per database server ({@code PostgreSqlTwoDispatchersTest}, …) points its
 * {@code @MicronautTest(transactional = false)} at the server.
 */
public abstract class TwoDispatchers {

    private static final int KEYS = 20;
    private static final int PER_KEY = 5;

    @Inject
    WebhookOutbox outbox;

    @Test
    void deliverEachDeliveryOnceAndEachKeyInOrder() throws Exception {
        Instant now = WebhookOutboxContract.freshWindow();
        String endpoint = "endpoint-" + UUID.randomUUID();
        Map<String, List<Delivery>> byKey = new HashMap<>();
        List<Delivery> all = new ArrayList<>();
        for (int i = 0; i < PER_KEY; i++) {
            for (int k = 0; k < KEYS; k++) {
                Delivery delivery = new Delivery(ScriptedIdGenerator.random(), endpoint, "key-" + k,
                        EventType.TRANSCRIPT_MESSAGES_ADDED, Fields.builder().put("n", i).build(),
                        now.plusMillis(all.size()), DeliveryState.PENDING, 0, now);
                byKey.computeIfAbsent(delivery.orderingKey(), key -> new ArrayList<>()).add(delivery);
                all.add(delivery);
            }
        }
        outbox.append(all);
        TwoDispatcherRace.run(outbox, outbox, now, all, byKey);
    }
}
