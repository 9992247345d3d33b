package dev.switchboard.adapter.jdbc.webhook;

import dev.switchboard.application.port.out.StoredEndpoint;
import dev.switchboard.domain.event.EventType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Converts stored endpoints to rows and back. The event types are stored by their wire names, the ones subscribers
 * and operators know, sorted so that one set is always the same text; the sealed secrets pass through untouched.
 */
final class EndpointMapper {

    private static final String SEPARATOR = ",";

    private EndpointMapper() {
    }

    /** The endpoint's row with {@code version} in it: 1 for an insert, the version it was read at for an update. */
    static EndpointRow toRow(StoredEndpoint e, long version) {
        return new EndpointRow(e.name(), e.url(), e.description(), eventTypes(e.eventTypes()), e.sealedKeys(),
                e.sealedAuth(), e.enabled(), e.disabledReason().orElse(null), millisOrNull(e.disabledAt()),
                millisOrNull(e.failingSince()), e.source(), e.createdAt().toEpochMilli(),
                e.updatedAt().toEpochMilli(), version);
    }

    static StoredEndpoint toStored(EndpointRow row) {
        return new StoredEndpoint(row.name(), row.url(), row.description(), eventTypes(row.name(), row.eventTypes()),
                row.sealedKeys(), row.sealedAuth(), row.enabled(), Optional.ofNullable(row.disabledReason()),
                instant(row.disabledAtMs()), instant(row.failingSinceMs()), row.source(),
                Instant.ofEpochMilli(row.createdAtMs()), Instant.ofEpochMilli(row.updatedAtMs()), row.version());
    }

    private static String eventTypes(Set<EventType> types) {
        return types.stream().map(EventType::wireName).sorted().collect(Collectors.joining(SEPARATOR));
    }

    /** An empty text is no event type; a wire name this version does not know is refused, as the outbox does. */
    private static Set<EventType> eventTypes(String endpoint, String wireNames) {
        if (wireNames.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(wireNames.split(SEPARATOR))
                .map(name -> EventType.named(name).orElseThrow(() -> new IllegalStateException("webhook endpoint "
                        + endpoint + " subscribes to an event type this version does not know: " + name)))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Long millisOrNull(Optional<Instant> instant) {
        return instant.map(Instant::toEpochMilli).orElse(null);
    }

    private static Optional<Instant> instant(Long millis) {
        return Optional.ofNullable(millis).map(Instant::ofEpochMilli);
    }
}
