package dev.switchboard.adapter.webhook.delivery;

import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt over HTTP with the JDK's client: the destination guard first (after a fresh DNS look-up, so a name
 * that now points inside the network is caught), then a signed POST. Redirects are not followed: a 3xx could lead
 * past the guard, so it counts as a failed attempt.
 */
public final class HttpSender implements Sender {

    static final String USER_AGENT = "Switchboard-Webhooks/1";

    private final LazyHttpClient client;
    private final DestinationGuard guard;
    private final Duration requestTimeout;
    private final Clock clock;

    public HttpSender(DestinationGuard guard, Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.client = new LazyHttpClient(connectTimeout);
        this.guard = guard;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    @Override
    public Outcome send(Delivery delivery) {
        return post(delivery.endpoint(), delivery.webhookId(), delivery.body()).outcome();
    }

    /**
     * One attempt, with what an operator wants to see of it: how long it took, the start of the answer, and the
     * Retry-After a 429 or 503 asked for.
     */
    public Answer post(Endpoint endpoint, String webhookId, String body) {
        return post(endpoint, webhookId, body, Map.of());
    }

    /** {@link #post(Endpoint, String, String)} with more request headers: the endpoint's outbound authentication. */
    public Answer post(Endpoint endpoint, String webhookId, String body, Map<String, String> extraHeaders) {
        URI url = endpoint.url();
        long started = System.nanoTime();
        try {
            Optional<String> refusal = guard.refusal(url);
            if (refusal.isPresent()) {
                return Answer.without(new Outcome.Refused(refusal.get()), started);
            }
            HttpResponse<InputStream> response = client.get().send(request(endpoint, webhookId, body, extraHeaders),
                    HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            String excerpt = excerpt(response.body());
            Outcome outcome = status >= 200 && status < 300 ? new Outcome.Delivered(status) : new Outcome.Rejected(status);
            return new Answer(outcome, millisSince(started), excerpt,
                    RetryAfter.parse(response.headers().firstValue("Retry-After"), clock));
        } catch (UnknownHostException e) {
            return Answer.without(new Outcome.Unreachable("unknown host " + url.getHost()), started);
        } catch (IOException e) {
            return Answer.without(new Outcome.Unreachable(describe(e)), started);
        } catch (InterruptedException e) {
            // Only shutdown interrupts these threads; keep the flag so the pool sees it.
            Thread.currentThread().interrupt();
            return Answer.without(new Outcome.Unreachable("interrupted by shutdown"), started);
        }
    }

    /**
     * How one attempt went.
     *
     * @param response   the first {@value #EXCERPT} characters of the answer's body, or what went wrong
     * @param retryAfter what the answer's Retry-After asked for, if anything
     */
    public record Answer(Outcome outcome, long latencyMillis, String response, Optional<Duration> retryAfter) {

        static Answer without(Outcome outcome, long started) {
            return new Answer(outcome, millisSince(started), outcome.describe(), Optional.empty());
        }
    }

    static final int EXCERPT = 1024;

    /** Reads at most {@link #EXCERPT} characters' worth of the body and drops the rest unread. */
    private static String excerpt(InputStream body) throws IOException {
        try (InputStream in = body) {
            byte[] start = in.readNBytes(EXCERPT * 4);
            String text = new String(start, StandardCharsets.UTF_8);
            return text.length() > EXCERPT ? text.substring(0, EXCERPT) : text;
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
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
    private HttpRequest request(Endpoint endpoint, String webhookId, String body, Map<String, String> extraHeaders) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.url());
        extraHeaders.forEach(request::header);
        return request
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", endpoint.signer().signature(webhookId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
