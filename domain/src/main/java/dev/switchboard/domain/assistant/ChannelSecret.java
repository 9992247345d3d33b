package dev.switchboard.domain.assistant;

import dev.switchboard.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A credential of a channel: one Switchboard generated (a client secret, an API key, an {@code x-snc-param}) or the
 * one an administrator gave (Twilio's auth token). It is shown in full only in the answer that made it, and
 * {@link #masked()} afterwards; {@link #toString()} never shows it, so it cannot leak into a log line or an
 * exception message. Comparing two secrets takes the same time wherever they differ.
 */
public final class ChannelSecret {

    /** What {@link #generate} draws: 32 bytes, 256 bits. */
    public static final int GENERATED_BYTES = 32;
    private static final Pattern GIVEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    private final String value;

    private ChannelSecret(String value) {
        this.value = value;
    }

    /**
     * A secret of the provider's own (Twilio's auth token is 32 hexadecimal characters; API key secrets are
     * alphanumeric too): 16 to 128 letters, digits, '-' or '_'.
     *
     * @throws InvalidValueException naming {@code field} otherwise, without echoing the value
     */
    public static ChannelSecret given(String value, String field) {
        if (value == null || !GIVEN.matcher(value).matches()) {
            throw new InvalidValueException(field, "must be 16 to 128 letters, digits, '-' or '_'");
        }
        return new ChannelSecret(value);
    }

    /** A new secret: the base64 (standard alphabet, as Genesys expects a client secret) of 32 random bytes. */
    public static ChannelSecret base64(RandomSource random) {
        return new ChannelSecret(Base64.getEncoder().encodeToString(random.bytes(GENERATED_BYTES)));
    }

    /** A new secret safe in a URL, a header and a SIP header parameter: base64url of 32 random bytes, unpadded. */
    public static ChannelSecret token(RandomSource random) {
        return new ChannelSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(random.bytes(GENERATED_BYTES)));
    }

    /** A secret read back from a store, where it was checked when it was made. */
    public static ChannelSecret restore(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an empty secret");
        }
        return new ChannelSecret(value);
    }

    /** The whole secret: only for checking a credential, for sealing before it is stored, and for the one answer. */
    public String reveal() {
        return value;
    }

    /** What an administrator sees after the first answer: the last four characters. */
    public String masked() {
        return "****" + value.substring(Math.max(0, value.length() - 4));
    }

    /** True when {@code candidate} is this secret; in constant time for candidates of its length. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChannelSecret secret && matches(secret.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "ChannelSecret[" + masked() + "]";
    }
}
