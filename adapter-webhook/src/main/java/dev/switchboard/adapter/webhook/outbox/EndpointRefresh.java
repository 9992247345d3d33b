package dev.switchboard.adapter.webhook.outbox;

import dev.switchboard.application.port.in.WebhookEndpointsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the stored endpoints again every {@code switchboard.webhook.endpoint-refresh} (5 s by default), so that an
 * endpoint created, changed or disabled through another instance reaches this one's events and deliveries. Changes
 * made through this instance take effect at once without it.
 */
@Singleton
@Requires(beans = WebhookEndpointsUseCase.class)
public final class EndpointRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointRefresh.class);

    private final WebhookEndpointsUseCase endpoints;

    public EndpointRefresh(WebhookEndpointsUseCase endpoints) {
        this.endpoints = endpoints;
    }

    @Scheduled(fixedDelay = "${switchboard.webhook.endpoint-refresh:5s}",
            initialDelay = "${switchboard.webhook.endpoint-refresh:5s}")
    void refresh() {
        try {
            endpoints.refresh();
        } catch (RuntimeException e) {
            // The store is down, say: keep the endpoints known so far and try again at the next round.
            LOG.warn("Could not read the webhook endpoints again: {}", e.toString());
        }
    }
}
