package dev.switchboard.application.port.out;

import dev.switchboard.domain.event.Delivery;
import java.time.Duration;
import java.util.Optional;

/** Makes one attempt at a delivery: signs it, sends it to its endpoint, and says how the endpoint answered. */
public interface WebhookSender {

    /** Never throws for a failed attempt: a refusal, a timeout or an error is a {@link Result} too. */
    Result send(Delivery delivery, int attemptNumber);

    /**
     * How one attempt went.
     *
     * @param status     the HTTP status, 0 without an answer
     * @param response   the start of the answer, or what went wrong
     * @param retryAfter the endpoint's Retry-After (on 429 and 503), if it gave one
     * @param permanent  true when trying again cannot help: 410 Gone, a destination the guard refuses, an endpoint
     *                   no longer configured
     */
    record Result(int status, long latencyMillis, String response, Optional<Duration> retryAfter, boolean permanent) {
    }
}
