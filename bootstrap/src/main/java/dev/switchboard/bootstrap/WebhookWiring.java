package dev.switchboard.bootstrap;

import dev.switchboard.adapter.webhook.outbox.OutboxEndpoints;
import dev.switchboard.application.port.in.DispatchWebhooksUseCase;
import dev.switchboard.application.port.in.WebhookDeliveriesUseCase;
import dev.switchboard.application.port.in.WebhookEndpointsUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.DeliveryWakeUp;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.SecretCipher;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookDestinations;
import dev.switchboard.application.port.out.WebhookEndpoints;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.application.service.DispatchWebhooksService;
import dev.switchboard.application.service.EndpointDirectory;
import dev.switchboard.application.service.WebhookDeliveriesService;
import dev.switchboard.application.service.WebhookEndpointsService;
import dev.switchboard.application.service.WebhookEvents;
import dev.switchboard.domain.event.RetrySchedule;
import dev.switchboard.domain.event.SigningSecret;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Webhooks (docs/webhooks.md): the stored endpoints, managed by the application and seeded from adapter-webhook's
 * configuration; the directory of where deliveries go, which events publish to and the dispatcher reads; the store's
 * outbox, the HTTP sender and the retry schedule as the dispatch use case; and the key that seals stored secrets.
 */
@Factory
class WebhookWiring {

    /** At start ({@code @Context}): a missing key stops the start outside the development profile. */
    @Context
    SecretCipher secretCipher(@Nullable @Value("${switchboard.secrets.key:}") String key, Environment environment,
                              @Value("${switchboard.secrets.development-key-file:./data/secrets-dev.key}")
                              String developmentKeyFile) {
        return new AesGcmSecretCipher(SecretsKey.resolve(key,
                SecretsKey.isDevelopment(environment.getActiveNames()), Path.of(developmentKeyFile)));
    }

    @Singleton
    EndpointDirectory endpointDirectory(OutboxEndpoints endpoints) {
        return new EndpointDirectory(endpoints.channelTargets());
    }

    /** Every store has an outbox: the events go to the endpoints the directory holds at each publication. */
    @Singleton
    WebhookEvents webhookEvents(WebhookOutbox outbox, EndpointDirectory directory, BeanProvider<DeliveryWakeUp> wakeUp,
                                IdGenerator ids, Clock clock) {
        // Looked up when used: the dispatcher exists only once the use cases it depends on do.
        DeliveryWakeUp wake = () -> wakeUp.ifPresent(DeliveryWakeUp::deliveriesCommitted);
        return WebhookEvents.to(outbox, directory, wake, ids, clock);
    }

    /**
     * At start ({@code @Context}): the configured endpoints are applied to the stored ones and every endpoint is read
     * into the directory before the first request.
     *
     * @param overlap      how long a replaced secret keeps signing beside the new one
     * @param disableAfter how long an endpoint may keep failing before it is disabled (Svix: 5 days)
     */
    @Context
    WebhookEndpointsService webhookEndpoints(WebhookEndpoints store, SecretCipher cipher, UnitOfWork unitOfWork,
                                             Clock clock, EndpointDirectory directory, WebhookEvents events,
                                             WebhookDestinations destinations, OutboxEndpoints configured,
                                             @Value("${switchboard.webhook.secret-rotation-overlap:24h}")
                                             Duration overlap,
                                             @Value("${switchboard.webhook.disable-after:5d}") Duration disableAfter) {
        SecureRandom random = new SecureRandom();
        WebhookEndpointsService service = new WebhookEndpointsService(store, cipher, unitOfWork, clock, directory,
                events, destinations, () -> {
                    byte[] bytes = new byte[SigningSecret.GENERATED_BYTES];
                    random.nextBytes(bytes);
                    return bytes;
                }, overlap, disableAfter);
        service.seed(configured.seeds());
        return service;
    }

    /**
     * @param schedule the waits between attempts (Svix's by default; tests shorten them)
     * @param lease    how long a claim holds: more than the sender's connect and request timeouts together
     */
    @Singleton
    DispatchWebhooksUseCase dispatchWebhooks(WebhookOutbox outbox, WebhookSender sender, EndpointDirectory directory,
                                             WebhookEndpointsService endpoints, UnitOfWork unitOfWork, Clock clock,
                                             @Nullable @Value("${switchboard.webhook.outbox.retry-schedule}")
                                             List<Duration> schedule,
                                             @Value("${switchboard.webhook.outbox.lease:60s}") Duration lease) {
        RetrySchedule retries = schedule == null || schedule.isEmpty() ? RetrySchedule.STANDARD
                : new RetrySchedule(schedule);
        return new DispatchWebhooksService(outbox, sender, directory, endpoints, unitOfWork, clock, retries,
                dispatcherName(), lease);
    }

    @Singleton
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
