package dev.switchboard.adapter.rest.error;

import io.micronaut.http.HttpStatus;

/**
 * What a client is told about a failed request.
 *
 * @param message what went wrong, e.g. the domain exception's message
 * @param detail  context for the message: the offending field, the request it happened in
 */
public record ApiError(HttpStatus status, String message, String detail) {

    public ErrorEnvelope envelope() {
        return ErrorEnvelope.of(message, detail);
    }
}
