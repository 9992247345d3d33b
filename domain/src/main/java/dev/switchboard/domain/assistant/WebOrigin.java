package dev.switchboard.domain.assistant;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A web origin a browser voice launcher may run on, as browsers send it in the {@code Origin} header: an http(s)
 * scheme, a host and an optional port, nothing else (no path, query, fragment or credentials). Kept in lower case,
 * so that one origin is always the same text.
 */
public record WebOrigin(String value) {

    /** @throws InvalidValueException naming {@code field} when {@code value} is not such an origin */
    public static WebOrigin of(String value, String field) {
        String given = Text.required(value, field).strip();
        URI uri;
        try {
            uri = new URI(given);
        } catch (URISyntaxException e) {
            throw new InvalidValueException(field, "is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidValueException(field, "must be an http:// or https:// origin with a host, such as"
                    + " https://app.example.com, was " + Text.quoted(given));
        }
        boolean path = uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/");
        if (path || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new InvalidValueException(field, "must be an origin only (scheme, host, port): no path, query,"
                    + " fragment or credentials, was " + Text.quoted(given));
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new WebOrigin(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
    }

    @Override
    public String toString() {
        return value;
    }
}
