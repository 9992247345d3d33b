package dev.switchboard.adapter.rest.error;

import io.micronaut.http.HttpStatus;
import java.time.Duration;

/**
 * What a client is told about a failed request.
 *
 * @param message    what went wrong, e.g. the domain exception's message
 * @param detail     context for the message: the offending field, the request it happened in
 * @param retryAfter when the client may try again (the {@code Retry-After} header), or null when trying the same
 *                   request again cannot help
 */
public record ApiError(HttpStatus status, String message, String detail, Duration retryAfter) {

    public ApiError(HttpStatus status, String message, String detail) {
        this(status, message, detail, null);
    }

    public ErrorEnvelope envelope() {
        return ErrorEnvelope.of(message, detail);
    }
}
