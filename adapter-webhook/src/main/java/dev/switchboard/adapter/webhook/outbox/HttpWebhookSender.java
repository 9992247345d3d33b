package dev.switchboard.adapter.webhook.outbox;

import dev.switchboard.adapter.webhook.ReplyJson;
import dev.switchboard.adapter.webhook.WebhookSettings;
import dev.switchboard.adapter.webhook.delivery.Endpoint;
import dev.switchboard.adapter.webhook.delivery.HttpSender;
import dev.switchboard.adapter.webhook.delivery.Outcome;
import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import dev.switchboard.adapter.webhook.destination.Resolver;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.domain.event.Delivery;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/**
 * The {@link WebhookSender} port over HTTP: the delivery's payload as JSON, signed per Standard Webhooks under
 * {@code webhook-id: msg_<delivery id>} (the same on every attempt), through the destination guard.
 */
@Singleton
public final class HttpWebhookSender implements WebhookSender {

    private final OutboxEndpoints endpoints;
    private final HttpSender http;

    public HttpWebhookSender(OutboxEndpoints endpoints, WebhookSettings settings) {
        this(endpoints, new HttpSender(new DestinationGuard(settings.allowedHosts(), Resolver.DNS),
                settings.connectTimeout(), settings.requestTimeout(), Clock.systemUTC()));
    }

    HttpWebhookSender(OutboxEndpoints endpoints, HttpSender http) {
        this.endpoints = endpoints;
        this.http = http;
    }

    @Override
    public Result send(Delivery delivery, int attemptNumber) {
        Optional<Endpoint> endpoint = endpoints.named(delivery.endpoint());
        if (endpoint.isEmpty()) {
            return new Result(0, 0, "endpoint " + delivery.endpoint() + " is no longer configured", Optional.empty(),
                    true);
        }
        HttpSender.Answer answer = http.post(endpoint.get(), webhookId(delivery), ReplyJson.write(delivery.payload()));
        Outcome outcome = answer.outcome();
        int status = outcome instanceof Outcome.Delivered delivered ? delivered.status()
                : outcome instanceof Outcome.Rejected rejected ? rejected.status() : 0;
        boolean permanent = !(outcome instanceof Outcome.Delivered) && !outcome.retryable();
        return new Result(status, answer.latencyMillis(), answer.response(), answer.retryAfter(), permanent);
    }

    static String webhookId(Delivery delivery) {
        return "msg_" + delivery.id().value();
    }
}
