package dev.switchboard.adapter.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on 127.0.0.1, as a customer would write one: it checks each message's signature and timestamp
 * with its own HMAC code (not the adapter's {@code Signer}, which would prove nothing about itself), records what
 * arrived, and answers with the status {@link Answer} chooses.
 */
final class Receiver implements AutoCloseable {

    /** How the receiver answers a message; it may block to play a slow endpoint. */
    @FunctionalInterface
    interface Answer {
        int status(Arrival arrival) throws InterruptedException;
    }

    /**
     * One request as it arrived.
     *
     * @param signedCorrectly one of the {@code webhook-signature} entries matches the HMAC the receiver computes
     */
    record Arrival(String webhookId, String timestamp, String signature, String contentType, String userAgent,
                   String body, boolean signedCorrectly) {

        long secondsOld() {
            return Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), Instant.now()).toSeconds();
        }
    }

    private final String secret = "whsec_" + Base64.getEncoder().encodeToString(randomKey());
    private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
    private final List<Arrival> all = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server;
    private final Answer answer;

    private Receiver(Answer answer) throws IOException {
        this.answer = answer;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/callback", this::handle);
        // The default executor is one thread, which would put every session in one line and hide ordering bugs.
        server.setExecutor(threads);
        server.start();
    }

    static Receiver answering(Answer answer) throws IOException {
        return new Receiver(answer);
    }

    static Receiver ok() throws IOException {
        return new Receiver(arrival -> 200);
    }

    String secret() {
        return secret;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callback");
    }

    /** The next message to arrive, waiting up to five seconds. */
    Arrival next() throws InterruptedException {
        Arrival arrival = arrivals.poll(5, TimeUnit.SECONDS);
        if (arrival == null) {
            throw new AssertionError("nothing arrived within 5 s");
        }
        return arrival;
    }

    /** Everything that arrived so far, in arrival order. */
    synchronized List<Arrival> all() {
        return List.copyOf(all);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            Arrival arrival = new Arrival(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), headers.getFirst("Content-Type"),
                    headers.getFirst("User-Agent"), body, verifies(headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"), body));
            synchronized (this) {
                all.add(arrival);
            }
            arrivals.add(arrival);
            int status = answer.status(arrival);
            exchange.sendResponseHeaders(status, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // The receiver's side of Standard Webhooks: HMAC-SHA256 over "id.timestamp.body" with the decoded secret, then
    // compare, in constant time, with each space-separated "v1,<base64>" entry of the header.
    private boolean verifies(String id, String timestamp, String header, String body) {
        if (id == null || timestamp == null || header == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Arrays.stream(header.split(" "))
                    .filter(entry -> entry.startsWith("v1,"))
                    .map(entry -> Base64.getDecoder().decode(entry.substring(3)))
                    .anyMatch(given -> MessageDigest.isEqual(given, expected));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Override
    public void close() {
        threads.shutdownNow();
        server.stop(0);
    }
}
