package dev.switchboard.adapter.webhook.outbox;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One {@code switchboard.webhook.endpoints.<name>} entry: where events go, the {@code whsec_} secret they are signed
 * with, and the event types it receives (all when left out). Applied to the stored endpoint of that name at every
 * start (docs/webhooks.md, "Endpoints from configuration").
 */
@EachProperty("switchboard.webhook.endpoints")
public record ConfiguredEndpoint(@Parameter String name, @Nullable String url, @Nullable String secret,
                                 @Nullable List<String> eventTypes, @Nullable String description) {
}
