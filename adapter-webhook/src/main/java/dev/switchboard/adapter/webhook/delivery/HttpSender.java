package dev.switchboard.adapter.webhook.delivery;

import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import dev.switchboard.adapter.webhook.http.HttpAnswer;
import dev.switchboard.adapter.webhook.http.HttpFailure;
import dev.switchboard.adapter.webhook.http.KeepAlive;
import dev.switchboard.adapter.webhook.http.PinnedHttpClient;
import dev.switchboard.adapter.webhook.http.RequestHead;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * One attempt over HTTP: the destination guard first (after a fresh DNS look-up, so a name that now points inside
 * the network is caught), then a signed POST to the very address the guard approved ({@link PinnedHttpClient}), on a
 * kept connection to that same address and URL host if there is one. Redirects are not followed: a 3xx could lead
 * past the guard, so it counts as a failed attempt.
 */
public final class HttpSender implements Sender, AutoCloseable {

    public static final String USER_AGENT = "Switchboard-Webhooks/1";

    private final PinnedHttpClient client;
    private final DestinationGuard guard;
    private final Clock clock;

    /**
     * HTTPS trusts what the JDK's default trust store trusts; that context is made at the first HTTPS attempt, not
     * at start (docs/benchmarks.md, "2026-12-07: start-up").
     */
    public HttpSender(DestinationGuard guard, Duration connectTimeout, Duration requestTimeout, KeepAlive keepAlive,
                      Clock clock) {
        this(guard, clock, new PinnedHttpClient(connectTimeout, requestTimeout,
                () -> defaultTls().getSocketFactory(), EXCERPT * 4, keepAlive));
    }

    /** @param tls where HTTPS connections come from: tests trust a certificate of their own */
    public HttpSender(DestinationGuard guard, Duration connectTimeout, Duration requestTimeout, KeepAlive keepAlive,
                      Clock clock, SSLContext tls) {
        // Four bytes per character at most: enough for the excerpt however the answer is written.
        this(guard, clock, new PinnedHttpClient(connectTimeout, requestTimeout, tls.getSocketFactory(), EXCERPT * 4,
                keepAlive));
    }

    private HttpSender(DestinationGuard guard, Clock clock, PinnedHttpClient client) {
        this.client = client;
        this.guard = guard;
        this.clock = clock;
    }

    /** How many connections were opened and reused so far. */
    public PinnedHttpClient.Connections connections() {
        return client.connections();
    }

    /** Closes the kept connections. */
    @Override
    public void close() {
        client.close();
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

    /**
     * {@link #post(Endpoint, String, String)} with more request headers, such as an endpoint's own authentication.
     * A header that may not be sent (CR or LF in it, or one that frames the request, such as Host) refuses the
     * attempt: it would fail the same way every time.
     */
    public Answer post(Endpoint endpoint, String webhookId, String body, Map<String, String> extraHeaders) {
        URI url = endpoint.url();
        long started = System.nanoTime();
        try {
            DestinationGuard.Verdict verdict = guard.check(url);
            if (verdict instanceof DestinationGuard.Verdict.Refused refused) {
                return Answer.without(new Outcome.Refused(refused.reason()), started);
            }
            HttpAnswer answer = client.post(url, ((DestinationGuard.Verdict.Allowed) verdict).address(),
                    headers(endpoint, webhookId, body, extraHeaders), body.getBytes(StandardCharsets.UTF_8));
            int status = answer.status();
            Outcome outcome = status >= 200 && status < 300 ? new Outcome.Delivered(status) : new Outcome.Rejected(status);
            return new Answer(outcome, millisSince(started), excerpt(answer.bodyStart()),
                    RetryAfter.parse(answer.header("Retry-After"), clock));
        } catch (UnknownHostException e) {
            return Answer.without(new Outcome.Unreachable("unknown host " + url.getHost()), started);
        } catch (HttpFailure e) {
            return Answer.without(new Outcome.Unreachable(e.getMessage()), started);
        } catch (IllegalArgumentException e) {
            return Answer.without(new Outcome.Refused(e.getMessage()), started);
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

    private static String excerpt(String text) {
        return text.length() > EXCERPT ? text.substring(0, EXCERPT) : text;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    // Signed at each attempt: the timestamp says when this attempt was made, so receivers that refuse old
    // timestamps (a replay defence) accept a retry; the id stays the message's.
    private Map<String, String> headers(Endpoint endpoint, String webhookId, String body,
                                        Map<String, String> extraHeaders) {
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", USER_AGENT);
        headers.put("webhook-id", webhookId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", endpoint.signer().signature(webhookId, timestamp, body));
        extraHeaders.forEach((name, value) -> {
            RequestHead.check(name, value);
            // An extra header cannot stand in for the signature or say the body is something else.
            if (headers.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
                throw new IllegalArgumentException("header " + name + " is set by the sender itself");
            }
            headers.put(name, value);
        });
        return headers;
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no default TLS context", e);
        }
    }
}
