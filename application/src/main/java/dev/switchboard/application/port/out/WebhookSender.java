package dev.switchboard.application.port.out;

import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.OutboundAuth;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Makes one attempt at a delivery: signs it, sends it to its endpoint, and says how the endpoint answered. */
public interface WebhookSender {

    /** Never throws for a failed attempt: a refusal, a timeout or an error is a {@link Result} too. */
    Result send(Delivery delivery, Target target, int attemptNumber);

    /**
     * Where and how one delivery goes.
     *
     * @param secrets the {@code whsec_} secrets that sign it: one signature each (two while a rotation's overlap runs)
     */
    record Target(String endpoint, URI url, List<String> secrets, OutboundAuth auth) {

        public Target {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(url, "url");
            secrets = List.copyOf(secrets);
            if (secrets.isEmpty()) {
                throw new IllegalArgumentException("a delivery is signed with at least one secret");
            }
            Objects.requireNonNull(auth, "auth");
        }

        @Override
        public String toString() {
            return "Target[" + endpoint + " " + url + "]";
        }
    }

    /**
     * How one attempt went.
     *
     * @param status     the HTTP status, 0 without an answer
     * @param response   the start of the answer, or what went wrong
     * @param retryAfter the endpoint's Retry-After (on 429 and 503), if it gave one
     * @param permanent  true when trying again cannot help: 410 Gone, a destination the guard refuses
     */
    record Result(int status, long latencyMillis, String response, Optional<Duration> retryAfter, boolean permanent) {

        public boolean gone() {
            return status == 410;
        }
    }
}
