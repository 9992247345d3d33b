package dev.switchboard.adapter.mongo;

import dev.switchboard.application.contract.TwoDispatcherRace;
import dev.switchboard.application.contract.WebhookOutboxContract;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one database, each with its own dispatcher, as adapter-jdbc's {@code TwoDispatchers}: every
 * delivery is claimed once, and a key's deliveries are claimed one after the other, each only once the one before it is
 * settled. The deliveries are written by units of work on their conversations' documents, as the services write them,
 * so the relay takes part.
 */
class MongoTwoDispatchersTest {

    private static final int KEYS = 20;
    private static final int PER_KEY = 5;

    private final MongoStorage firstInstance = MongoStorage.on(InProcessMongo.database("dispatchers"));
    private final MongoStorage secondInstance = MongoStorage.on(InProcessMongo.database("dispatchers"));

    @Test
    void deliverEachDeliveryOnceAndEachKeyInOrder() throws Exception {
        Instant now = WebhookOutboxContract.freshWindow();
        String endpoint = "endpoint-" + UUID.randomUUID();
        Map<String, List<Delivery>> byKey = new HashMap<>();
        List<Delivery> all = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < KEYS; k++) {
            keys.add(TestRecords.storedInteraction(firstInstance.ports()).id().value());
        }
        for (int i = 0; i < PER_KEY; i++) {
            for (String key : keys) {
                Delivery delivery = OutboxDeliveries.pending(endpoint, key, now, i);
                byKey.computeIfAbsent(key, ignored -> new ArrayList<>()).add(delivery);
                all.add(delivery);
                // Alternately from each instance: the key's order is the order of the commits on its document.
                MongoStorage instance = i % 2 == 0 ? firstInstance : secondInstance;
                instance.ports().unitOfWork().run(() -> {
                    Interactions interactions = instance.ports().interactions();
                    interactions.update(interactions.findByIdForUpdate(SysId.of(key)).orElseThrow());
                    instance.webhookOutbox().append(List.of(delivery));
                    return null;
                });
            }
        }
        TwoDispatcherRace.run(firstInstance.webhookOutbox(), secondInstance.webhookOutbox(), now, all, byKey);
    }
}
