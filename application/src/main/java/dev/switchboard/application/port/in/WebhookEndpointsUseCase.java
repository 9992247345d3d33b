package dev.switchboard.application.port.in;

import dev.switchboard.domain.event.EndpointName;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.event.OutboundAuth;
import dev.switchboard.domain.event.SigningSecret;
import dev.switchboard.domain.event.WebhookEndpoint;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Managing the webhook endpoints (subscriptions): an administrator creates, lists, reads, changes, disables, enables,
 * rotates the secret of, and deletes them; configuration may seed them at start. A secret is returned in full only by
 * {@link #create} and {@link #rotateSecret}. Every change reaches this instance's deliveries at once and other
 * instances' within their refresh interval.
 */
public interface WebhookEndpointsUseCase {

    /**
     * @param secret the endpoint owner's own {@code whsec_} secret; empty: one is generated
     * @throws dev.switchboard.domain.shared.InvalidValueException if the URL is refused (an internal address) or
     *                                                             the name is taken
     */
    Created create(EndpointName name, WebhookEndpoint.Settings settings, Optional<SigningSecret> secret);

    List<WebhookEndpoint> list();

    /** @throws dev.switchboard.domain.event.EndpointNotFoundException if there is no such endpoint */
    WebhookEndpoint get(EndpointName name);

    /**
     * Changes what is given and keeps the rest.
     *
     * @throws dev.switchboard.domain.event.EndpointNotFoundException if there is no such endpoint
     */
    WebhookEndpoint change(EndpointName name, Changes changes);

    /**
     * A new current secret (generated, or the given one); the previous one keeps signing beside it until the
     * configured overlap ends.
     *
     * @throws dev.switchboard.domain.event.EndpointNotFoundException if there is no such endpoint
     */
    Rotated rotateSecret(EndpointName name, Optional<SigningSecret> next);

    /** @throws dev.switchboard.domain.event.EndpointNotFoundException if there is no such endpoint */
    WebhookEndpoint disable(EndpointName name, String reason);

    /** @throws dev.switchboard.domain.event.EndpointNotFoundException if there is no such endpoint */
    WebhookEndpoint enable(EndpointName name);

    /**
     * Deletes the endpoint; its deliveries not yet sent end as dead letters when they come due.
     *
     * @throws dev.switchboard.domain.event.EndpointNotFoundException if there is no such endpoint
     */
    void delete(EndpointName name);

    /**
     * The endpoints of the configuration, applied at every start: created when missing, otherwise given the
     * configured URL, description and event types, and the configured secret (rotated to, with the overlap, when it
     * differs). Whether an endpoint is enabled stays as an operator or a failure left it.
     */
    void seed(List<Seed> seeds);

    /** Reads every endpoint again: what other instances changed reaches this one's deliveries. */
    void refresh();

    record Created(WebhookEndpoint endpoint, SigningSecret secret) {
    }

    /** @param previousValidUntil until when the previous secret still signs */
    record Rotated(WebhookEndpoint endpoint, SigningSecret secret, Instant previousValidUntil) {
    }

    record Seed(EndpointName name, WebhookEndpoint.Settings settings, SigningSecret secret) {
    }

    /** What {@link #change} changes; empty parts stay as they are. */
    record Changes(Optional<URI> url, Optional<String> description, Optional<Set<EventType>> eventTypes,
                   Optional<OutboundAuth> auth) {

        public WebhookEndpoint.Settings applyTo(WebhookEndpoint.Settings current) {
            return new WebhookEndpoint.Settings(url.orElse(current.url()), description.orElse(current.description()),
                    eventTypes.orElse(current.eventTypes()), auth.orElse(current.auth()));
        }
    }
}
