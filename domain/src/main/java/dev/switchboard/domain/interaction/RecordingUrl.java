package dev.switchboard.domain.interaction;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where the original recording of a call can be fetched: an absolute http(s) URL. */
public record RecordingUrl(String value) {

    /** Longer than any real recording link, short enough for an indexed column. */
    public static final int MAX_LENGTH = 2048;

    private static final String FIELD = "recordingURL";

    public RecordingUrl {
        if (Text.isBlank(value)) {
            throw InvalidValueException.missing(FIELD);
        }
        Text.atMost(value, MAX_LENGTH, FIELD);
        if (value.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException(FIELD, "must not contain whitespace, was " + Text.quoted(value));
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidValueException(FIELD, "is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        // Raw authority rather than host: real recording hosts such as "zoom_instance" are not RFC 2396 host names.
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null) {
            throw new InvalidValueException(FIELD, "must be an absolute http or https URL, was " + Text.quoted(value));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
