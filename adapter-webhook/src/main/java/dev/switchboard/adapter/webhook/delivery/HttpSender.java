package dev.switchboard.adapter.webhook.delivery;

import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One attempt over HTTP with the JDK's client: the destination guard first (after a fresh DNS look-up, so a name
 * that now points inside the network is caught), then a signed POST. Redirects are not followed: a 3xx could lead
 * past the guard, so it counts as a failed attempt.
 */
public final class HttpSender implements Sender {

    static final String USER_AGENT = "Switchboard-Webhooks/1";

    private final HttpClient client;
    private final DestinationGuard guard;
    private final Duration requestTimeout;
    private final Clock clock;

    public HttpSender(DestinationGuard guard, Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.guard = guard;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    @Override
    public Outcome send(Delivery delivery) {
        URI url = delivery.endpoint().url();
        try {
            Optional<String> refusal = guard.refusal(url);
            if (refusal.isPresent()) {
                return new Outcome.Refused(refusal.get());
            }
            HttpResponse<Void> response = client.send(request(delivery), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Outcome.Delivered(status) : new Outcome.Rejected(status);
        } catch (UnknownHostException e) {
            return new Outcome.Unreachable("unknown host " + url.getHost());
        } catch (IOException e) {
            return new Outcome.Unreachable(describe(e));
        } catch (InterruptedException e) {
            // Only shutdown interrupts these threads; keep the flag so the pool sees it.
            Thread.currentThread().interrupt();
            return new Outcome.Unreachable("interrupted by shutdown");
        }
    }

    // The JDK client's ConnectException has no message of its own; the reason ("Connection refused") is its cause's.
    private static String describe(IOException e) {
        Throwable reason = e;
        while (reason.getMessage() == null && reason.getCause() != null) {
            reason = reason.getCause();
        }
        return e.getClass().getSimpleName() + (reason.getMessage() == null ? "" : ": " + reason.getMessage());
    }

    // Signed at each attempt: the timestamp says when this attempt was made, so receivers that refuse old
    // timestamps (a replay defence) accept a retry; the id stays the message's.
    private HttpRequest request(Delivery delivery) {
        long timestamp = clock.instant().getEpochSecond();
        return HttpRequest.newBuilder(delivery.endpoint().url())
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", delivery.webhookId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        delivery.endpoint().signer().signature(delivery.webhookId(), timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
    }
}
