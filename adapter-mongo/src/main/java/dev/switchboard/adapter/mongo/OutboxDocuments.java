package dev.switchboard.adapter.mongo;

import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.shared.SysId;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Converts a delivery to its document in {@code webhook_deliveries} and back, and an attempt to the entry of the
 * delivery's {@code attemptLog}. A unit's deliveries travel in exactly this form inside the interaction or bot session
 * document that commits them ({@link #CARRIED}), so that relaying one is inserting it as it is. The event type is
 * stored by its wire name, the one subscribers and operators know.
 */
final class OutboxDocuments {

    static final String ID = "_id";
    /** Store-wide append order, assigned when the unit commits; per ordering key, the order of the commits. */
    static final String SEQ = "seq";
    static final String ENDPOINT = "endpoint";
    static final String ORDERING_KEY = "orderingKey";
    static final String STATE = "state";
    static final String ATTEMPTS = "attempts";
    static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    static final String LEASE_OWNER = "leaseOwner";
    static final String LEASE_UNTIL = "leaseUntil";
    /** The attempts, first first: kept in the delivery's document, so that recording one is one atomic update. */
    static final String ATTEMPT_LOG = "attemptLog";
    /**
     * The field of an interaction or bot session document that carries the deliveries its commits wrote until they
     * are relayed into {@code webhook_deliveries} ({@link OutboxRelay}).
     */
    static final String CARRIED = "outbox";

    private OutboxDocuments() {
    }

    /** A delivery as appended: unclaimed, no attempt recorded. */
    static Document toDocument(Delivery d, long seq) {
        return new Document(ID, d.id().value())
                .append(SEQ, seq)
                .append(ENDPOINT, d.endpoint())
                .append(ORDERING_KEY, d.orderingKey())
                .append("type", d.type().wireName())
                .append("payload", FieldsDocuments.toDocument(d.payload()))
                .append("createdAt", Date.from(d.createdAt()))
                .append(STATE, d.state().name())
                .append(ATTEMPTS, d.attempts())
                .append(NEXT_ATTEMPT_AT, Date.from(d.nextAttemptAt()))
                .append(LEASE_OWNER, null)
                .append(LEASE_UNTIL, null)
                .append(ATTEMPT_LOG, List.of());
    }

    static Delivery toDelivery(Document document) {
        String id = document.getString(ID);
        String type = document.getString("type");
        return new Delivery(SysId.of(id), document.getString(ENDPOINT), document.getString(ORDERING_KEY),
                EventType.named(type).orElseThrow(() -> new IllegalStateException(
                        "delivery " + id + " has an event type this version does not know: " + type)),
                FieldsDocuments.toFields(document.get("payload", Document.class)),
                document.getDate("createdAt").toInstant(), DeliveryState.valueOf(document.getString(STATE)),
                document.getInteger(ATTEMPTS), document.getDate(NEXT_ATTEMPT_AT).toInstant());
    }

    static Document toDocument(Attempt a) {
        return new Document("number", a.number())
                .append("at", Date.from(a.at()))
                .append("status", a.status())
                .append("latencyMillis", a.latencyMillis())
                .append("response", a.response());
    }

    static Attempt toAttempt(Document document) {
        return new Attempt(document.getInteger("number"), document.getDate("at").toInstant(),
                document.getInteger("status"), document.getLong("latencyMillis"), document.getString("response"));
    }

    /** The deliveries a carrier document holds, in the order its commits pushed them. */
    static List<Document> carried(Document carrier) {
        return carrier == null ? List.of() : carrier.getList(CARRIED, Document.class, List.of());
    }
}
