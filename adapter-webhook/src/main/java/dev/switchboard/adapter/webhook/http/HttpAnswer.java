package dev.switchboard.adapter.webhook.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an endpoint answered.
 *
 * @param headers   the first value of each header, by its name in lower case
 * @param bodyStart the start of the body, decoded as UTF-8: at most the client's body limit in bytes
 */
public record HttpAnswer(int status, Map<String, String> headers, String bodyStart) {

    public HttpAnswer {
        headers = Map.copyOf(headers);
    }

    /** Header names are case-insensitive (RFC 9110 §5.1). */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
