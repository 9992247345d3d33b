package dev.switchboard.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A voice assistant as stores keep it: its channels' secrets (Twilio's auth token, the generated client secrets, API
 * key and {@code x-snc-param}, with the ones a rotation replaced) only as one sealed text ({@link SecretCipher}), and
 * everything else plain, so that an operator can query the table and a backup holds no usable secret.
 *
 * @param channels      the channels' settings and generated non-secret values, as lines of {@code kind.field=value}
 * @param sealedSecrets the channels' secrets, sealed as one text
 * @param version       the version this copy was read at; 0 for one never stored
 */
public record StoredAssistant(String id, String name, String description, String providerApplication,
                              String channels, String sealedSecrets, Instant createdAt, Instant updatedAt,
                              long version) {

    public StoredAssistant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(providerApplication, "providerApplication");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(sealedSecrets, "sealedSecrets");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
