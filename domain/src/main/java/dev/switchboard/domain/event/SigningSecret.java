package dev.switchboard.domain.event;

import dev.switchboard.domain.shared.InvalidValueException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;

/**
 * The key an endpoint's deliveries are signed with, written as Standard Webhooks does: {@code whsec_} and the base64
 * of 24 to 64 random bytes. It is shown in full once (when made or rotated) and {@link #masked()} afterwards;
 * {@link #toString()} never shows it, so it cannot leak into a log line or an exception message.
 */
public final class SigningSecret {

    public static final String PREFIX = "whsec_";
    static final int MIN_BYTES = 24;
    static final int MAX_BYTES = 64;
    /** What {@link #generate} makes: 32 bytes, as Svix does. */
    public static final int GENERATED_BYTES = 32;

    private final String value;

    private SigningSecret(String value) {
        this.value = value;
    }

    /** @throws InvalidValueException naming {@code field} if it is not {@code whsec_} and base64 of 24 to 64 bytes */
    public static SigningSecret of(String value, String field) {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new InvalidValueException(field, "must be whsec_ followed by the base64 of the key");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be whsec_ followed by the base64 of the key;"
                    + " the part after whsec_ is not base64");
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new InvalidValueException(field, "the key must be " + MIN_BYTES + " to " + MAX_BYTES
                    + " bytes, was " + key.length);
        }
        return new SigningSecret(value);
    }

    /** A new secret from {@link #GENERATED_BYTES} random bytes (the caller's secure random source). */
    public static SigningSecret generate(byte[] random) {
        if (random.length != GENERATED_BYTES) {
            throw new IllegalArgumentException("a generated secret takes " + GENERATED_BYTES + " bytes");
        }
        return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(random));
    }

    /** The whole secret: only for signing, for sealing before it is stored, and for the one answer that shows it. */
    public String reveal() {
        return value;
    }

    /** What an operator sees after creation: the prefix and the last four characters. */
    public String masked() {
        return PREFIX + "..." + value.substring(value.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningSecret secret
                && MessageDigest.isEqual(value.getBytes(), secret.value.getBytes());
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "SigningSecret[" + masked() + "]";
    }
}
