package dev.switchboard.domain.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One try at a delivery.
 *
 * @param status   the endpoint's HTTP status, or 0 when there was no answer (refused, timed out, unreachable)
 * @param response the start of the endpoint's answer (at most {@link #RESPONSE_EXCERPT} characters) or what went
 *                 wrong without one; for an operator reading the delivery API
 */
public record Attempt(int number, Instant at, int status, long latencyMillis, String response) {

    public static final int RESPONSE_EXCERPT = 1024;

    public Attempt {
        Objects.requireNonNull(at, "at");
        response = response == null ? "" : response.length() > RESPONSE_EXCERPT
                ? response.substring(0, RESPONSE_EXCERPT) : response;
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
