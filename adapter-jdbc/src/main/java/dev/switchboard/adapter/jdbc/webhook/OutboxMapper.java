package dev.switchboard.adapter.jdbc.webhook;

import dev.switchboard.adapter.jdbc.json.FieldsJson;
import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;

/**
 * Converts deliveries and attempts to rows and back. The event type is stored by its wire name, the one subscribers
 * and operators know, rather than by the enum constant's.
 */
final class OutboxMapper {

    private OutboxMapper() {
    }

    /** A new delivery's row: nobody has claimed it yet. */
    static DeliveryRow toRow(Delivery d) {
        return new DeliveryRow(d.id().value(), d.endpoint(), d.orderingKey(), d.type().wireName(),
                FieldsJson.write(d.payload()), d.createdAt().toEpochMilli(), d.state().name(), d.attempts(),
                d.nextAttemptAt().toEpochMilli(), null, null);
    }

    static Delivery toDomain(DeliveryRow row) {
        EventType type = EventType.named(row.eventType()).orElseThrow(() -> new IllegalStateException(
                "delivery " + row.id() + " has an event type this version does not know: " + row.eventType()));
        return new Delivery(SysId.of(row.id()), row.endpoint(), row.orderingKey(), type,
                (Fields) FieldsJson.read(row.payloadJson()), Instant.ofEpochMilli(row.createdAtMs()),
                DeliveryState.valueOf(row.state()), row.attempts(), Instant.ofEpochMilli(row.nextAttemptAtMs()));
    }

    static AttemptRow toRow(SysId delivery, Attempt a) {
        return new AttemptRow(new AttemptRow.Key(delivery.value(), a.number()), a.at().toEpochMilli(), a.status(),
                a.latencyMillis(), a.response());
    }

    static Attempt toDomain(AttemptRow row) {
        return new Attempt(row.key().number(), Instant.ofEpochMilli(row.atMs()), row.status(), row.latencyMs(),
                row.response());
    }
}
