package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.contract.WebhookOutboxContract;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.bot.SessionKey;
import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The outbox's part of a commit on MongoDB: a unit's deliveries exist exactly when its write on the conversation's
 * document succeeded, whatever point the process dies at, and in the order of the commits. A crash is the adapter's
 * own first step run alone (the commit's write, without the relay that follows it); a lost race is a second instance
 * committing in between.
 */
class MongoOutboxCommitTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private final MongoStorage first = MongoStorage.on(InProcessMongo.database("outbox"));
    private final MongoStorage second = MongoStorage.on(InProcessMongo.database("outbox"));
    private final MongoWebhookOutbox outbox = first.webhookOutbox();
    private final MongoStore store = first.store();
    private final String endpoint = "endpoint-" + UUID.randomUUID();

    @Test
    void deliveriesACrashLeftOnTheirDocumentAreRelayedByTheNextClaimOnce() {
        Instant t0 = WebhookOutboxContract.freshWindow();
        Interaction interaction = TestRecords.storedInteraction(first.ports());
        Delivery delivery = OutboxDeliveries.pending(endpoint, interaction.id().value(), t0, 1);

        diesAfterItsCommit(interaction.id(), List.of(delivery));

        assertThat(outbox.findById(delivery.id())).as("committed, not relayed yet").isEmpty();
        assertThat(carried(MongoStore.INTERACTIONS, interaction.id().value())).containsExactly(delivery.id().value());
        assertThat(second.webhookOutbox().claimDue("other", t0, LEASE, 10)).containsExactly(delivery);
        assertThat(carried(MongoStore.INTERACTIONS, interaction.id().value())).isEmpty();
        assertThat(outbox.claimDue("one", t0.plus(LEASE), LEASE, 10)).containsExactly(delivery);
        assertThat(store.deliveries().countDocuments(eq(OutboxDocuments.ID, delivery.id().value()))).isOne();
    }

    @Test
    void theNextCommitOnTheDocumentRelaysWhatACrashLeftThereBeforeItsOwnDeliveries() {
        Instant t0 = WebhookOutboxContract.freshWindow();
        Interaction interaction = TestRecords.storedInteraction(first.ports());
        String key = interaction.id().value();
        Delivery stranded = OutboxDeliveries.pending(endpoint, key, t0, 1);
        Delivery next = OutboxDeliveries.pending(endpoint, key, t0, 2);
        diesAfterItsCommit(interaction.id(), List.of(stranded));

        second.ports().unitOfWork().run(() -> {
            Interaction current = second.ports().interactions().findByIdForUpdate(interaction.id()).orElseThrow();
            second.ports().interactions().update(current);
            second.webhookOutbox().append(List.of(next));
            return null;
        });

        assertThat(carried(MongoStore.INTERACTIONS, key)).isEmpty();
        assertThat(seq(stranded)).isLessThan(seq(next));
        assertThat(outbox.claimDue("one", t0, LEASE, 10)).containsExactly(stranded);
        assertThat(outbox.recordAttempt(stranded.id(), "one", new Attempt(1, t0, 204, 1, ""), DeliveryState.DELIVERED,
                t0)).isTrue();
        assertThat(outbox.claimDue("one", t0, LEASE, 10)).containsExactly(next);
    }

    /** The unit loses its compare-and-set and runs again: only the run that committed leaves a delivery. */
    @Test
    void aRunThatLostToAnotherInstanceLeavesNoDelivery() {
        Instant t0 = WebhookOutboxContract.freshWindow();
        Interaction interaction = TestRecords.storedInteraction(first.ports());
        List<Delivery> made = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();

        first.ports().unitOfWork().run(() -> {
            Interaction current = first.ports().interactions().findByIdForUpdate(interaction.id()).orElseThrow();
            Delivery delivery = OutboxDeliveries.pending(endpoint, interaction.id().value(), t0, runs.get());
            made.add(delivery);
            outbox.append(List.of(delivery));
            if (runs.incrementAndGet() == 1) {
                second.ports().unitOfWork().run(() -> {
                    second.ports().interactions().update(
                            second.ports().interactions().findByIdForUpdate(interaction.id()).orElseThrow());
                    return null;
                });
            }
            first.ports().interactions().update(current);
            return null;
        });

        assertThat(runs).hasValue(2);
        assertThat(outbox.findById(made.get(0).id())).as("the losing run's").isEmpty();
        assertThat(outbox.findById(made.get(1).id())).contains(made.get(1));
        assertThat(outbox.find(Optional.of(endpoint), Optional.empty(), 10)).hasSize(1);
    }

    @Test
    void aBotSessionsDeliveriesRideInItsWriteAndAStaleWriteCommitsNone() {
        Instant t0 = WebhookOutboxContract.freshWindow();
        BotSession begun = BotSession.begin(ScriptedIdGenerator.random(),
                new SessionKey("web", "session:" + UUID.randomUUID()), "beth.anglin", ScriptedIdGenerator.random(), t0);
        Delivery reply = OutboxDeliveries.pending(endpoint, begun.id().value(), t0, 1);
        Delivery lost = OutboxDeliveries.pending(endpoint, begun.id().value(), t0, 2);
        MongoBotSessions sessions = first.botSessions();

        first.ports().unitOfWork().run(() -> {
            sessions.add(begun);
            outbox.append(List.of(reply));
            return null;
        });
        assertThatThrownBy(() -> first.ports().unitOfWork().run(() -> {
            sessions.update(begun); // the copy before the add: stale
            outbox.append(List.of(lost));
            return null;
        })).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(outbox.findById(reply.id())).contains(reply);
        assertThat(outbox.findById(lost.id())).isEmpty();
        assertThat(carried(MongoStore.BOT_SESSIONS, begun.id().value())).isEmpty();
    }

    @Test
    void aSessionThatStillCarriesDeliveriesIsRelayedByTheNextClaim() {
        Instant t0 = WebhookOutboxContract.freshWindow();
        BotSession begun = BotSession.begin(ScriptedIdGenerator.random(),
                new SessionKey("web", "session:" + UUID.randomUUID()), "beth.anglin", ScriptedIdGenerator.random(), t0);
        first.botSessions().add(begun);
        Delivery stranded = OutboxDeliveries.pending(endpoint, begun.id().value(), t0, 1);
        // What SessionCommit's write leaves when its instance dies before the relay.
        store.botSessions().updateOne(eq(BotSessionDocuments.ID, begun.id().value()), new Document("$push",
                new Document(OutboxDocuments.CARRIED, new Document("$each",
                        new OutboxSequence(store).numbered(List.of(stranded))))));

        assertThat(outbox.claimDue("one", t0, LEASE, 10)).containsExactly(stranded);
        assertThat(carried(MongoStore.BOT_SESSIONS, begun.id().value())).isEmpty();
    }

    /** The commit's one write, through the adapter's code, for a change and deliveries the ports recorded; no relay. */
    private void diesAfterItsCommit(SysId interactionId, List<Delivery> deliveries) {
        UnitOfChanges unit = new UnitOfChanges(store);
        Interaction current = InteractionDocuments.toInteraction(unit.interaction(interactionId).orElseThrow());
        unit.updateInteraction(interactionId, InteractionDocuments.toDocument(current));
        unit.appendDeliveries(deliveries);
        boolean committed = new BatchCommit(store, new OutboxRelay(store)).publish(unit.change().orElseThrow(), null,
                new OutboxSequence(store).numbered(unit.deliveries()));
        assertThat(committed).isTrue();
    }

    private List<String> carried(String collection, String id) {
        Document document = first.collection(collection).find(eq("_id", id)).first();
        return OutboxDocuments.carried(document).stream().map(delivery -> delivery.getString(OutboxDocuments.ID))
                .toList();
    }

    private long seq(Delivery delivery) {
        return store.deliveries().find(eq(OutboxDocuments.ID, delivery.id().value())).first()
                .getLong(OutboxDocuments.SEQ);
    }
}
