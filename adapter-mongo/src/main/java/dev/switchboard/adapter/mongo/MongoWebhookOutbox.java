package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Projections.exclude;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * {@link WebhookOutbox} in the {@code webhook_deliveries} collection, one document per delivery with its attempts.
 *
 * <p>An append inside a unit of work waits for the unit's commit, whose one write on the conversation's document (the
 * interaction's, or the bot session's) carries the deliveries; {@link OutboxRelay} then moves them here. Outside a
 * unit an append is a unit of its own that changes no document: a plain insert. Everything else is a single-document
 * write that is atomic on its own, and is made at once, also inside a unit: a claim is a conditional update per
 * delivery, so two dispatchers never hold one, and recording an attempt is one conditional update that checks the
 * fencing token and appends the attempt. The design, and why it neither loses nor invents a delivery, is in
 * docs/storage.md ("The webhook outbox on MongoDB").
 */
@Singleton
@Requires(property = "switchboard.storage", value = "mongo")
public class MongoWebhookOutbox implements WebhookOutbox {

    private static final String PENDING = DeliveryState.PENDING.name();

    private final MongoCollection<Document> deliveries;
    private final MongoUnitOfWork unitOfWork;
    private final OutboxRelay relay;

    MongoWebhookOutbox(MongoStore store, MongoUnitOfWork unitOfWork) {
        this.deliveries = store.deliveries();
        this.unitOfWork = unitOfWork;
        this.relay = new OutboxRelay(store);
    }

    @Override
    public void append(List<Delivery> appended) {
        if (!appended.isEmpty()) {
            unitOfWork.write(unit -> unit.appendDeliveries(appended));
        }
    }

    /**
     * First relays what crashed units left on their documents (two indexed reads, which find nothing while no
     * instance has died). Then walks the due deliveries oldest first, and for the first one of each (endpoint, ordering
     * key) it meets, checks that no earlier one of its key is PENDING (one indexed read) and leases it with a
     * conditional update that another dispatcher's lease makes fail. A later one of a key already met cannot be a
     * head, so it costs nothing.
     */
    @Override
    public List<Delivery> claimDue(String dispatcher, Instant now, Duration lease, int limit) {
        return translated(() -> {
            relay.relayStranded();
            Date at = Date.from(now);
            Bson due = and(eq(OutboxDocuments.STATE, PENDING), lte(OutboxDocuments.NEXT_ATTEMPT_AT, at),
                    or(eq(OutboxDocuments.LEASE_UNTIL, null), lte(OutboxDocuments.LEASE_UNTIL, at)));
            Bson leased = Updates.combine(Updates.set(OutboxDocuments.LEASE_OWNER, dispatcher),
                    Updates.set(OutboxDocuments.LEASE_UNTIL, Date.from(now.plus(lease))));
            List<Delivery> claimed = new ArrayList<>();
            Set<List<String>> keysMet = new HashSet<>();
            try (MongoCursor<Document> candidates = deliveries.find(due).sort(ascending(OutboxDocuments.SEQ))
                    .projection(include(OutboxDocuments.SEQ, OutboxDocuments.ENDPOINT, OutboxDocuments.ORDERING_KEY))
                    .iterator()) {
                while (claimed.size() < limit && candidates.hasNext()) {
                    Document candidate = candidates.next();
                    if (!keysMet.add(List.of(candidate.getString(OutboxDocuments.ENDPOINT),
                            candidate.getString(OutboxDocuments.ORDERING_KEY))) || behindAnother(candidate)) {
                        continue;
                    }
                    Document mine = deliveries.findOneAndUpdate(
                            and(eq(OutboxDocuments.ID, candidate.get(OutboxDocuments.ID)), due), leased,
                            new FindOneAndUpdateOptions().projection(exclude(OutboxDocuments.ATTEMPT_LOG))
                                    .returnDocument(ReturnDocument.AFTER));
                    if (mine != null) {
                        claimed.add(OutboxDocuments.toDelivery(mine));
                    }
                }
            }
            return claimed;
        });
    }

    /**
     * One conditional update: the filter is the fencing token (PENDING, leased by this dispatcher, at the attempt
     * before), the update counts and appends the attempt and releases the lease, so nothing is half recorded.
     */
    @Override
    public boolean recordAttempt(SysId delivery, String dispatcher, Attempt attempt, DeliveryState next,
                                 Instant nextAttemptAt) {
        Bson held = and(eq(OutboxDocuments.ID, delivery.value()), eq(OutboxDocuments.STATE, PENDING),
                eq(OutboxDocuments.LEASE_OWNER, dispatcher), eq(OutboxDocuments.ATTEMPTS, attempt.number() - 1));
        Bson settled = Updates.combine(Updates.set(OutboxDocuments.STATE, next.name()),
                Updates.set(OutboxDocuments.NEXT_ATTEMPT_AT, Date.from(nextAttemptAt)),
                Updates.inc(OutboxDocuments.ATTEMPTS, 1),
                Updates.set(OutboxDocuments.LEASE_OWNER, null), Updates.set(OutboxDocuments.LEASE_UNTIL, null),
                Updates.push(OutboxDocuments.ATTEMPT_LOG, OutboxDocuments.toDocument(attempt)));
        return translated(() -> deliveries.updateOne(held, settled).getMatchedCount() == 1);
    }

    @Override
    public Optional<Delivery> findById(SysId delivery) {
        return Optional.ofNullable(translated(() -> deliveries.find(eq(OutboxDocuments.ID, delivery.value()))
                .projection(exclude(OutboxDocuments.ATTEMPT_LOG)).first())).map(OutboxDocuments::toDelivery);
    }

    /** The deliveries in the collection; those a crash left on their documents count once relayed. */
    @Override
    public long countPending() {
        return translated(() -> deliveries.countDocuments(eq(OutboxDocuments.STATE, PENDING)));
    }

    @Override
    public List<Delivery> find(Optional<String> endpoint, Optional<DeliveryState> state, int limit) {
        if (limit == 0) {
            return List.of(); // MongoDB reads a limit of 0 as "no limit"
        }
        List<Bson> filters = new ArrayList<>();
        endpoint.ifPresent(name -> filters.add(eq(OutboxDocuments.ENDPOINT, name)));
        state.ifPresent(wanted -> filters.add(eq(OutboxDocuments.STATE, wanted.name())));
        Bson filter = filters.isEmpty() ? new Document() : and(filters);
        List<Document> found = translated(() -> deliveries.find(filter).sort(descending(OutboxDocuments.SEQ))
                .projection(exclude(OutboxDocuments.ATTEMPT_LOG)).limit(limit).into(new ArrayList<>()));
        return found.stream().map(OutboxDocuments::toDelivery).toList();
    }

    @Override
    public List<Attempt> attemptsOf(SysId delivery) {
        Document found = translated(() -> deliveries.find(eq(OutboxDocuments.ID, delivery.value()))
                .projection(include(OutboxDocuments.ATTEMPT_LOG)).first());
        return found == null ? List.of() : found.getList(OutboxDocuments.ATTEMPT_LOG, Document.class).stream()
                .map(OutboxDocuments::toAttempt).toList();
    }

    @Override
    public boolean redeliver(SysId delivery, Instant now) {
        Bson dead = and(eq(OutboxDocuments.ID, delivery.value()),
                eq(OutboxDocuments.STATE, DeliveryState.DEAD.name()));
        Bson again = Updates.combine(Updates.set(OutboxDocuments.STATE, PENDING),
                Updates.set(OutboxDocuments.NEXT_ATTEMPT_AT, Date.from(now)),
                Updates.set(OutboxDocuments.LEASE_OWNER, null), Updates.set(OutboxDocuments.LEASE_UNTIL, null));
        return translated(() -> deliveries.updateOne(dead, again).getMatchedCount() == 1);
    }

    /** Whether an earlier delivery of the candidate's endpoint and key is unfinished: then it must wait. */
    private boolean behindAnother(Document candidate) {
        return deliveries.find(and(eq(OutboxDocuments.ENDPOINT, candidate.getString(OutboxDocuments.ENDPOINT)),
                        eq(OutboxDocuments.ORDERING_KEY, candidate.getString(OutboxDocuments.ORDERING_KEY)),
                        eq(OutboxDocuments.STATE, PENDING),
                        lt(OutboxDocuments.SEQ, candidate.getLong(OutboxDocuments.SEQ))))
                .projection(include(OutboxDocuments.ID)).first() != null;
    }

    /** The dispatcher's calls run outside units of work, where nobody else translates the driver's failures. */
    private static <T> T translated(Supplier<T> access) {
        try {
            return access.get();
        } catch (MongoException e) {
            throw UnavailableMongo.translate(e);
        }
    }
}
