package dev.switchboard.adapter.webhook.outbox;

import dev.switchboard.application.port.in.DispatchWebhooksUseCase.Attempted;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dispatcher's meters (docs/webhooks.md, "Metrics and health"): the queue's depth, each attempt counted by the
 * endpoint and what became of the delivery, and how long endpoints took to answer. Endpoint names come from the
 * configuration, so the tags stay few.
 */
final class DeliveryMetrics {

    static final String QUEUE_DEPTH = "switchboard.webhook.queue.depth";
    static final String ATTEMPTS = "switchboard.webhook.attempts";
    static final String LATENCY = "switchboard.webhook.attempt.latency";

    private final MeterRegistry registry;

    /** @param queueDepth the last count the dispatcher made; the gauge reads it, never the store */
    DeliveryMetrics(MeterRegistry registry, AtomicLong queueDepth) {
        this.registry = registry;
        Gauge.builder(QUEUE_DEPTH, queueDepth, AtomicLong::get)
                .description("Webhook deliveries waiting to be delivered (PENDING), as last counted by this instance")
                .register(registry);
    }

    void attempted(Delivery delivery, Attempted attempted) {
        Counter.builder(ATTEMPTS)
                .description("Attempts at webhook deliveries, by what they left the delivery as")
                .tag("endpoint", delivery.endpoint())
                .tag("outcome", outcome(attempted.next()))
                .register(registry)
                .increment();
        Timer.builder(LATENCY)
                .description("How long an attempt took, from the DNS look-up to the start of the answer")
                .tag("endpoint", delivery.endpoint())
                .register(registry)
                .record(Duration.ofMillis(attempted.attempt().latencyMillis()));
    }

    /** delivered; failed (to be tried again); dead (given up). */
    private static String outcome(DeliveryState next) {
        return next == DeliveryState.PENDING ? "failed" : next.name().toLowerCase(Locale.ROOT);
    }
}
