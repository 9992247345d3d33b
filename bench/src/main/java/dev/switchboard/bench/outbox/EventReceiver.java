package dev.switchboard.bench.outbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A webhook endpoint inside the harness's JVM (JDK's com.sun.net.httpserver on 127.0.0.1): answers every POST 204,
 * and notes when each message of a {@code transcript.messages_added} event arrived, by the message's
 * {@code sourceMessageId} (the id the load generator put in the request). Signatures are not verified: the service's
 * tests do that; here only the arrival counts.
 */
public final class EventReceiver implements AutoCloseable {

    /** The endpoint's name in the service's configuration. */
    public static final String ENDPOINT = "bench";
    public static final String EVENT_TYPE = "transcript.messages_added";
    private static final String PATH = "/events";
    private static final int THREADS = 8; // more than the service's dispatcher attempts at once (4 by default)
    private static final Pattern SOURCE_ID = Pattern.compile("\"sourceMessageId\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpServer server;
    private final ExecutorService threads;
    private final String secret;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final Set<String> webhookIds = ConcurrentHashMap.newKeySet();
    private final AtomicLong deliveries = new AtomicLong();
    private final AtomicLong repeated = new AtomicLong();

    private EventReceiver(HttpServer server, ExecutorService threads, String secret) {
        this.server = server;
        this.threads = threads;
        this.secret = secret;
    }

    /** Listens on a free port of 127.0.0.1. */
    public static EventReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "event-receiver");
            thread.setDaemon(true);
            return thread;
        });
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        EventReceiver receiver = new EventReceiver(server, threads,
                "whsec_" + Base64.getEncoder().encodeToString(key));
        server.createContext(PATH, receiver::handle);
        server.setExecutor(threads);
        server.start();
        return receiver;
    }

    /**
     * The service's configuration for one endpoint, {@value #ENDPOINT}, subscribed to {@value #EVENT_TYPE} and
     * pointing here, as environment variables; 127.0.0.1 allow-listed (the destination guard refuses loopback).
     */
    public Map<String, String> serviceEnvironment() {
        String prefix = "SWITCHBOARD_WEBHOOK_ENDPOINTS_" + ENDPOINT.toUpperCase(Locale.ROOT) + "_";
        return Map.of(prefix + "URL", "http://127.0.0.1:" + server.getAddress().getPort() + PATH,
                prefix + "SECRET", secret,
                prefix + "EVENT_TYPES", EVENT_TYPE,
                "SWITCHBOARD_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            long arrived = System.nanoTime();
            deliveries.incrementAndGet();
            String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
            if (webhookId != null && !webhookIds.add(webhookId)) {
                repeated.incrementAndGet();
            }
            Matcher id = SOURCE_ID.matcher(json);
            while (id.find()) {
                arrivals.putIfAbsent(id.group(1), arrived);
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /** When the message with this source id first arrived (System.nanoTime()), or null. */
    Long arrival(String sourceId) {
        return arrivals.get(sourceId);
    }

    /** Messages that first arrived between the two instants (System.nanoTime()). */
    long arrivedBetween(long fromNanos, long toNanos) {
        return arrivals.values().stream().filter(at -> at >= fromNanos && at <= toNanos).count();
    }

    /** Deliveries received (POSTs), repeats included. */
    public long deliveries() {
        return deliveries.get();
    }

    /** Deliveries whose webhook-id had arrived before (the outbox delivers at least once). */
    long repeated() {
        return repeated.get();
    }

    /** Forgets what arrived so far (between windows; the counters of deliveries keep counting). */
    void forget() {
        arrivals.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
