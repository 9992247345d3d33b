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
import dev.switchboard.adapter.webhook.http.KeepAlive;
import dev.switchboard.adapter.webhook.http.PinnedHttpClient;
import dev.switchboard.adapter.webhook.signing.Signer;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.domain.event.Delivery;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The {@link WebhookSender} port over HTTP: the delivery's payload as JSON, signed per Standard Webhooks under
 * {@code webhook-id: msg_<delivery id>} (the same on every attempt) with one signature per secret of the target,
 * authenticated as the target's {@link dev.switchboard.domain.event.OutboundAuth} says, through the destination guard.
 */
@Singleton
public final class HttpWebhookSender implements WebhookSender, AutoCloseable {

    static final String CONNECTIONS = "switchboard.webhook.connections";

    private final HttpSender http;
    private final AuthHeaders auth;

    /** @param meters the application's registry, for {@value #CONNECTIONS}; none without Micrometer */
    @Inject
    public HttpWebhookSender(WebhookSettings settings, @Nullable MeterRegistry meters) {
        this(new DestinationGuard(settings.allowedHosts(), Resolver.DNS), settings, meters);
    }

    private HttpWebhookSender(DestinationGuard guard, WebhookSettings settings, MeterRegistry meters) {
        // A token lasts long past any idle timeout: its requests keep no connection.
        this(new HttpSender(guard, settings.connectTimeout(), settings.requestTimeout(), settings.keepAlive(),
                        Clock.systemUTC()),
                new AuthHeaders(new OAuth2Tokens(new HttpTokenClient(guard, settings.connectTimeout(),
                        settings.requestTimeout(), KeepAlive.OFF), Clock.systemUTC())));
        if (meters != null) {
            connectionMeter(meters, "opened", "New connections to webhook receivers (TCP, and TLS for HTTPS)",
                    PinnedHttpClient.Connections::opened);
            connectionMeter(meters, "reused", "Attempts sent on a connection kept open from an earlier one",
                    PinnedHttpClient.Connections::reused);
            connectionMeter(meters, "stale", "Kept connections the receiver had closed (the attempt went on a new "
                    + "connection)", PinnedHttpClient.Connections::stale);
        }
    }

    HttpWebhookSender(HttpSender http, AuthHeaders auth) {
        this.http = http;
        this.auth = auth;
    }

    private void connectionMeter(MeterRegistry meters, String outcome, String description,
                                 ToLongFunction<PinnedHttpClient.Connections> count) {
        FunctionCounter.builder(CONNECTIONS, http, sender -> count.applyAsLong(sender.connections()))
                .description(description)
                .tag("outcome", outcome)
                .register(meters);
    }

    /** Closes the connections kept open to receivers. */
    @PreDestroy
    @Override
    public void close() {
        http.close();
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
