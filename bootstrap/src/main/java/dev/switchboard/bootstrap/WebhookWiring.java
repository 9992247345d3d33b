package dev.switchboard.bootstrap;

import dev.switchboard.adapter.webhook.outbox.OutboxEndpoints;
import dev.switchboard.application.port.in.DispatchWebhooksUseCase;
import dev.switchboard.application.port.in.WebhookDeliveriesUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.DeliveryWakeUp;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.application.service.DispatchWebhooksService;
import dev.switchboard.application.service.WebhookDeliveriesService;
import dev.switchboard.application.service.WebhookEvents;
import dev.switchboard.domain.event.RetrySchedule;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Webhook events (docs/webhooks.md, "Events"): the endpoints configured in adapter-webhook become the application's
 * subscriptions; the store's outbox, the HTTP sender and the retry schedule become the dispatch use case. A store
 * without an outbox (MongoDB, for now) runs without events, and refuses to start when endpoints are configured.
 */
@Factory
class WebhookWiring {

    /** At start ({@code @Context}): endpoints on a store without an outbox stop it, not its first request. */
    @Context
    WebhookEvents webhookEvents(OutboxEndpoints endpoints, @Nullable WebhookOutbox outbox,
                                BeanProvider<DeliveryWakeUp> wakeUp, IdGenerator ids, Clock clock) {
        if (endpoints.subscriptions().isEmpty()) {
            return WebhookEvents.none();
        }
        // Looked up when used: the dispatcher exists only once the use cases it depends on do, and not on MongoDB.
        DeliveryWakeUp wake = () -> wakeUp.ifPresent(DeliveryWakeUp::deliveriesCommitted);
        return WebhookEvents.to(outbox, endpoints.subscriptions(), wake, ids, clock);
    }

    /**
     * @param schedule the waits between attempts (Svix's by default; tests shorten them)
     * @param lease    how long a claim holds: more than the sender's connect and request timeouts together
     */
    @Singleton
    @Requires(beans = WebhookOutbox.class)
    DispatchWebhooksUseCase dispatchWebhooks(WebhookOutbox outbox, WebhookSender sender, UnitOfWork unitOfWork,
                                             Clock clock,
                                             @Nullable @Value("${switchboard.webhook.outbox.retry-schedule}")
                                             List<Duration> schedule,
                                             @Value("${switchboard.webhook.outbox.lease:60s}") Duration lease) {
        RetrySchedule retries = schedule == null || schedule.isEmpty() ? RetrySchedule.STANDARD
                : new RetrySchedule(schedule);
        return new DispatchWebhooksService(outbox, sender, unitOfWork, clock, retries, dispatcherName(), lease);
    }

    @Singleton
    @Requires(beans = WebhookOutbox.class)
    WebhookDeliveriesUseCase webhookDeliveries(WebhookOutbox outbox, UnitOfWork unitOfWork, Clock clock,
                                               BeanProvider<DeliveryWakeUp> wakeUp) {
        return new WebhookDeliveriesService(outbox, unitOfWork, clock,
                () -> wakeUp.ifPresent(DeliveryWakeUp::deliveriesCommitted));
    }

    /** Unique per process, readable in the outbox's lease column: host, process id, and a random tail. */
    private static String dispatcherName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
