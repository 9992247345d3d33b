package dev.switchboard.application.port.out;

import dev.switchboard.domain.event.EventType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A webhook endpoint as stores keep it: its signing secrets and its outbound credentials only as sealed text
 * ({@link SecretCipher}), everything else plain, so that an operator can query the table and a backup holds no
 * usable secret.
 *
 * @param sealedKeys the signing secrets and their expiries, sealed as one text
 * @param sealedAuth the outbound authentication, sealed as one text
 * @param source     {@code CONFIGURATION} or {@code API}
 * @param version    the version this copy was read at; 0 for one never stored
 */
public record StoredEndpoint(String name, String url, String description, Set<EventType> eventTypes,
                             String sealedKeys, String sealedAuth, boolean enabled, Optional<String> disabledReason,
                             Optional<Instant> disabledAt, Optional<Instant> failingSince, String source,
                             Instant createdAt, Instant updatedAt, long version) {

    public StoredEndpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(description, "description");
        eventTypes = Set.copyOf(eventTypes);
        Objects.requireNonNull(sealedKeys, "sealedKeys");
        Objects.requireNonNull(sealedAuth, "sealedAuth");
        Objects.requireNonNull(disabledReason, "disabledReason");
        Objects.requireNonNull(disabledAt, "disabledAt");
        Objects.requireNonNull(failingSince, "failingSince");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
