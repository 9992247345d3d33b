package dev.switchboard.adapter.mongo;

import dev.switchboard.application.port.out.StoredEndpoint;
import dev.switchboard.domain.event.EventType;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * Converts a stored endpoint to its document in {@code webhook_endpoints} and back. The name is the {@code _id}, so
 * the store itself refuses a second endpoint of that name; the event types are an array of their wire names (sorted,
 * so that one set is always the same array), the secrets the sealed text the service hands over, instants BSON dates
 * and absent values null, as in the other collections.
 */
final class WebhookEndpointDocuments {

    static final String NAME = "_id";
    static final String VERSION = "version";

    private WebhookEndpointDocuments() {
    }

    /** The whole endpoint with {@code version} in it: 1 for an insert, one more than the stored one for a replace. */
    static Document toDocument(StoredEndpoint e, long version) {
        return new Document(NAME, e.name())
                .append("url", e.url())
                .append("description", e.description())
                .append("eventTypes", e.eventTypes().stream().map(EventType::wireName).sorted().toList())
                .append("sealedKeys", e.sealedKeys())
                .append("sealedAuth", e.sealedAuth())
                .append("enabled", e.enabled())
                .append("disabledReason", e.disabledReason().orElse(null))
                .append("disabledAt", e.disabledAt().map(Date::from).orElse(null))
                .append("failingSince", e.failingSince().map(Date::from).orElse(null))
                .append("source", e.source())
                .append("createdAt", Date.from(e.createdAt()))
                .append("updatedAt", Date.from(e.updatedAt()))
                .append(VERSION, version);
    }

    static StoredEndpoint toStored(Document document) {
        String name = document.getString(NAME);
        return new StoredEndpoint(name, document.getString("url"), document.getString("description"),
                eventTypes(name, document), document.getString("sealedKeys"), document.getString("sealedAuth"),
                document.getBoolean("enabled"), Optional.ofNullable(document.getString("disabledReason")),
                instant(document, "disabledAt"), instant(document, "failingSince"), document.getString("source"),
                document.getDate("createdAt").toInstant(), document.getDate("updatedAt").toInstant(),
                document.getLong(VERSION));
    }

    /** A wire name this version does not know is refused, as the JDBC store does. */
    private static Set<EventType> eventTypes(String endpoint, Document document) {
        return document.getList("eventTypes", String.class).stream()
                .map(name -> EventType.named(name).orElseThrow(() -> new IllegalStateException("webhook endpoint "
                        + endpoint + " subscribes to an event type this version does not know: " + name)))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<Instant> instant(Document document, String field) {
        return Optional.ofNullable(document.getDate(field)).map(Date::toInstant);
    }
}
