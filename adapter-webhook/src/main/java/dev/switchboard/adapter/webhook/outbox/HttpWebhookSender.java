package dev.switchboard.adapter.webhook.outbox;

import dev.switchboard.adapter.webhook.ReplyJson;
import dev.switchboard.adapter.webhook.WebhookSettings;
import dev.switchboard.adapter.webhook.auth.AuthHeaders;
import dev.switchboard.adapter.webhook.auth.HttpTokenClient;
import dev.switchboard.adapter.webhook.auth.OAuth2Tokens;
import dev.switchboard.adapter.webhook.auth.TokenException;
import dev.switchboard.adapter.webhook.delivery.Endpoint;
import dev.switchboard.adapter.webhook.delivery.HttpSender;
import dev.switchboard.adapter.webhook.delivery.Outcome;
import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import dev.switchboard.adapter.webhook.destination.Resolver;
import dev.switchboard.adapter.webhook.signing.Signer;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.domain.event.Delivery;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link WebhookSender} port over HTTP: the delivery's payload as JSON, signed per Standard Webhooks under
 * {@code webhook-id: msg_<delivery id>} (the same on every attempt) with one signature per secret of the target,
 * authenticated as the target's {@link dev.switchboard.domain.event.OutboundAuth} says, through the destination guard.
 */
@Singleton
public final class HttpWebhookSender implements WebhookSender {

    private final HttpSender http;
    private final AuthHeaders auth;

    @Inject
    public HttpWebhookSender(WebhookSettings settings) {
        this(new DestinationGuard(settings.allowedHosts(), Resolver.DNS), settings);
    }

    private HttpWebhookSender(DestinationGuard guard, WebhookSettings settings) {
        this(new HttpSender(guard, settings.connectTimeout(), settings.requestTimeout(), Clock.systemUTC()),
                new AuthHeaders(new OAuth2Tokens(new HttpTokenClient(guard, settings.connectTimeout(),
                        settings.requestTimeout()), Clock.systemUTC())));
    }

    HttpWebhookSender(HttpSender http, AuthHeaders auth) {
        this.http = http;
        this.auth = auth;
    }

    @Override
    public Result send(Delivery delivery, Target target, int attemptNumber) {
        Map<String, String> headers;
        try {
            headers = auth.of(target.auth());
        } catch (TokenException e) {
            return new Result(0, 0, e.getMessage(), Optional.empty(), false);
        }
        Endpoint endpoint = new Endpoint(target.endpoint(), target.url(), Signer.of(target.secrets()));
        HttpSender.Answer answer = http.post(endpoint, webhookId(delivery), ReplyJson.write(delivery.payload()),
                headers);
        Outcome outcome = answer.outcome();
        int status = outcome instanceof Outcome.Delivered delivered ? delivered.status()
                : outcome instanceof Outcome.Rejected rejected ? rejected.status() : 0;
        if (status == 401) {
            auth.refused(target.auth());
        }
        boolean permanent = !(outcome instanceof Outcome.Delivered) && !outcome.retryable();
        return new Result(status, answer.latencyMillis(), answer.response(), answer.retryAfter(), permanent);
    }

    static String webhookId(Delivery delivery) {
        return "msg_" + delivery.id().value();
    }
}
