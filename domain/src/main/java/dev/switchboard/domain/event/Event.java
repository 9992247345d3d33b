package dev.switchboard.domain.event;

import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened, to be delivered to every endpoint subscribed to its type.
 *
 * @param orderingKey the conversation it belongs to (an interaction's or a bot session's id): an endpoint receives
 *                    the events of one key strictly in the order they happened
 * @param data        what happened, in the event type's documented shape
 */
public record Event(SysId id, EventType type, Instant occurredAt, String orderingKey, Fields data) {

    /** The version of the documents {@link #payload()} writes; a subscriber can tell a later shape by it. */
    public static final int VERSION = 1;

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(orderingKey, "orderingKey");
        Objects.requireNonNull(data, "data");
    }

    /**
     * The document an endpoint receives: {@code {type, id, occurredAt, version, data}}; a bot reply is sent as the
     * reply itself, because the primary bot's response endpoint expects exactly the vendor's reply body.
     */
    public Fields payload() {
        if (type == EventType.BOT_REPLY) {
            return data;
        }
        return Fields.builder().put("type", type.wireName()).put("id", id.value())
                .put("occurredAt", occurredAt.toString()).put("version", VERSION).put("data", data).build();
    }
}
