package dev.switchboard.application.port.in;

import dev.switchboard.domain.event.EventType;
import java.util.Objects;
import java.util.Set;

/** A webhook endpoint, by name, and the event types it receives. Where and how to send belongs to the webhook adapter. */
public record WebhookSubscription(String endpoint, Set<EventType> types) {

    public WebhookSubscription {
        Objects.requireNonNull(endpoint, "endpoint");
        types = Set.copyOf(types);
    }

    public boolean wants(EventType type) {
        return types.contains(type);
    }
}
