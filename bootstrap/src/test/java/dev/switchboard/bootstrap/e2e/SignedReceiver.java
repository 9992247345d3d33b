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
import java.util.Base64;
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

    SignedReceiver() {
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
            boolean valid = id != null && timestamp != null && signature != null
                    && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 300
                    && MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                            ("v1," + sign(id + "." + timestamp + "." + body)).getBytes(StandardCharsets.UTF_8));
            attempts.incrementAndGet();
            int status = !valid ? 401 : failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? failing : answer;
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
                throw new AssertionError("no delivery within " + wait + "; refused signatures: " + refused);
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

    /** The webhook-ids of the deliveries accepted, in arrival order. */
    List<String> acceptedIds() {
        return List.copyOf(acceptedIds);
    }

    /** Every request that arrived, accepted or not. */
    int attempts() {
        return attempts.get();
    }

    private static String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring("whsec_".length())), "HmacSHA256"));
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
