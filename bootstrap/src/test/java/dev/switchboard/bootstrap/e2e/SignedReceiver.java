package dev.switchboard.bootstrap.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Predicate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A primary bot's response endpoint on 127.0.0.1: it checks every delivery's Standard Webhooks signature with its own
 * HMAC code (not the service's), refuses a bad one with 401, and keeps the bodies it accepted, in arrival order.
 */
final class SignedReceiver implements AutoCloseable {

    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "a receiver's thirty-two byte key!".getBytes(StandardCharsets.UTF_8));

    private final HttpServer server;
    private final BlockingQueue<String> accepted = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> refused = new LinkedBlockingQueue<>();
    private final List<String> acceptedIds = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    /** What a valid delivery is answered with; a test makes the receiver fail by setting another status. */
    private volatile int answer = 204;
    /** Valid deliveries still to be refused with {@link #failing} before {@link #answer} applies again. */
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failing = 503;

    /** The secret signatures are checked with; a test that rotates sets the receiver's new one. */
    private volatile String secret;
    /** When set, a delivery's Authorization header must pass it, or the delivery is answered 401. */
    private volatile Predicate<String> requiredAuthorization;
    private final List<String> signatureHeaders = new CopyOnWriteArrayList<>();
    private final List<String> unauthorized = new CopyOnWriteArrayList<>();

    SignedReceiver() {
        this(SECRET);
    }

    SignedReceiver(String secret) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/callback", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            // As Standard Webhooks receivers do: any of the space-separated signatures may match.
            boolean valid = id != null && timestamp != null && signature != null
                    && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 300
                    && Arrays.stream(signature.split(" ")).anyMatch(one -> MessageDigest.isEqual(
                            one.getBytes(StandardCharsets.UTF_8),
                            ("v1," + sign(id + "." + timestamp + "." + body)).getBytes(StandardCharsets.UTF_8)));
            Predicate<String> required = requiredAuthorization;
            boolean authorized = required == null
                    || required.test(exchange.getRequestHeaders().getFirst("Authorization"));
            attempts.incrementAndGet();
            if (signature != null) {
                signatureHeaders.add(signature);
            }
            if (valid && !authorized) {
                unauthorized.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            }
            int status = !valid || !authorized ? 401
                    : failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? failing : answer;
            if (valid && status >= 200 && status < 300) {
                // The id first: a test that has taken the body from the queue may read the ids at once.
                acceptedIds.add(id);
                accepted.add(body);
            } else if (!valid) {
                refused.add(body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
    }

    /** The next accepted body, waiting up to {@code wait} for it. */
    String next(Duration wait) {
        try {
            String body = accepted.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (body == null) {
                throw new AssertionError("no delivery within " + wait + "; refused signatures: " + refused
                        + "; refused Authorization headers: " + unauthorized);
            }
            return body;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int refusedCount() {
        return refused.size();
    }

    /** From now on, answer valid deliveries with this status (204 accepts them). */
    void answerWith(int status) {
        answer = status;
        failuresLeft.set(0);
    }

    /** Refuses the next {@code count} valid deliveries with {@code status}, then answers as before. */
    void failNext(int count, int status) {
        failing = status;
        failuresLeft.set(count);
    }

    /** Checks signatures with this secret from now on. */
    void expectSecret(String secret) {
        this.secret = secret;
    }

    /** From now on, refuses with 401 a delivery whose Authorization header does not pass {@code check}. */
    void requireAuthorization(Predicate<String> check) {
        this.requiredAuthorization = check;
    }

    /** The webhook-signature headers of every request that carried one, in arrival order. */
    List<String> signatureHeaders() {
        return List.copyOf(signatureHeaders);
    }

    /** The webhook-ids of the deliveries accepted, in arrival order. */
    List<String> acceptedIds() {
        return List.copyOf(acceptedIds);
    }

    /** Every request that arrived, accepted or not. */
    int attempts() {
        return attempts.get();
    }

    private String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
