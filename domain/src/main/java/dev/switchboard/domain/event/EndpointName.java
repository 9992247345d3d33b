package dev.switchboard.domain.event;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A webhook endpoint's name: its id in the API's URLs, in the outbox's deliveries and in log lines, so it is short and
 * plain: lower-case letters, digits, dots, dashes and underscores, starting with a letter or digit, at most 64.
 * Names starting with {@value #RESERVED_PREFIX} belong to the asynchronous bot channels' reply endpoints.
 */
public record EndpointName(String value) {

    public static final String RESERVED_PREFIX = "bot-channel-";
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public EndpointName {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("name", "must be 1 to 64 lower-case letters, digits, '.', '-' or '_',"
                    + " starting with a letter or digit, was " + Text.quoted(value));
        }
        if (value.startsWith(RESERVED_PREFIX)) {
            throw new InvalidValueException("name", "names starting with " + RESERVED_PREFIX
                    + " are the bot channels' reply endpoints, was " + Text.quoted(value));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
