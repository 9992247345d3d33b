package dev.switchboard.adapter.webhook.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * {@code webhookDispatcher} in {@code /health}: DOWN when this instance cannot deliver events, because the
 * dispatcher's thread has died or because every claim has failed for {@code switchboard.webhook.unhealthy-after}
 * (the store is unreachable). A single failed claim is not enough: the loop tries again at the next poll, and a
 * database that restarts should not take the instance out of its load balancer. The details (visible only if
 * {@code endpoints.health.details-visible} allows) say why.
 */
@Singleton
@Requires(beans = OutboxDispatcher.class)
final class DispatcherHealthIndicator implements HealthIndicator {

    static final String NAME = "webhookDispatcher";

    private final OutboxDispatcher dispatcher;
    private final Duration unhealthyAfter;
    private final Clock clock;

    @Inject
    DispatcherHealthIndicator(OutboxDispatcher dispatcher,
                              @Value("${switchboard.webhook.unhealthy-after:60s}") Duration unhealthyAfter) {
        this(dispatcher, unhealthyAfter, Clock.systemUTC());
    }

    DispatcherHealthIndicator(OutboxDispatcher dispatcher, Duration unhealthyAfter, Clock clock) {
        this.dispatcher = dispatcher;
        this.unhealthyAfter = unhealthyAfter;
        this.clock = clock;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(result());
    }

    HealthResult result() {
        OutboxDispatcher.Status status = dispatcher.status();
        Map<String, Object> details = new LinkedHashMap<>();
        HealthStatus health = HealthStatus.UP;
        if (!status.alive()) {
            health = HealthStatus.DOWN;
            details.put("dispatcher", "stopped: its thread has ended");
        } else if (status.failingSince().isPresent()
                && !status.failingSince().get().plus(unhealthyAfter).isAfter(clock.instant())) {
            health = HealthStatus.DOWN;
            details.put("dispatcher", "failing: no claim has succeeded since " + status.failingSince().get());
        } else if (status.idle()) {
            details.put("dispatcher", "idle: no endpoint or asynchronous channel to deliver to");
        } else {
            details.put("dispatcher", "running");
        }
        details.put("queueDepth", status.queueDepth());
        status.lastClaimAt().map(Instant::toString).ifPresent(at -> details.put("lastClaimAt", at));
        status.lastError().ifPresent(error -> details.put("lastError", error));
        return HealthResult.builder(NAME, health).details(details).build();
    }
}
