package dev.switchboard.adapter.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import dev.switchboard.adapter.webhook.destination.Resolver;
import dev.switchboard.adapter.webhook.http.KeepAlive;
import dev.switchboard.adapter.webhook.http.PinnedHttpClient;
import dev.switchboard.adapter.webhook.signing.Signer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One attempt end to end: the guard's look-up is the only one, the connection goes to the address it approved, the
 * URL's host still names the server (Host header, TLS certificate check), and answers map to outcomes.
 */
class HttpSenderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Signer SIGNER = Signer.of("whsec_c2VjcmV0");
    private static final InetAddress LOOPBACK = address("127.0.0.1");

    @TempDir
    static Path keys;
    static TestCertificate certificate;

    private final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
    /** Lets a silent endpoint's handler go, so that stopping the server does not wait for it. */
    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer server;

    /** What the server saw of a request; the client's port tells its connections apart. */
    record Seen(String host, String target, Map<String, List<String>> headers, String body, int clientPort) {
    }

    @BeforeAll
    static void makeCertificate() throws Exception {
        certificate = TestCertificate.forLocalhost(keys);
    }

    @AfterEach
    void stop() {
        released.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void connectsToTheResolvedAddressAndSendsTheUrlsHostName() throws Exception {
        serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0), 200, Map.of());
        // A name no real DNS knows: only the guard's resolver can lead the connection to 127.0.0.1.
        Resolver dns = host -> host.equals("hooks.test") ? new InetAddress[] {LOOPBACK} : refuse(host);
        HttpSender sender = sender(new DestinationGuard(List.of("hooks.test"), dns));

        HttpSender.Answer answer = sender.post(endpoint("http://hooks.test:" + port() + "/in?token=t1"), "msg_1", "{}");

        assertThat(answer.outcome()).isEqualTo(new Outcome.Delivered(200));
        Seen request = seen.poll(5, TimeUnit.SECONDS);
        assertThat(request.host()).isEqualTo("hooks.test:" + port());
        assertThat(request.target()).isEqualTo("/in?token=t1");
        assertThat(request.headers().get("Webhook-signature")).containsExactly(
                SIGNER.signature("msg_1", CLOCK.instant().getEpochSecond(), "{}"));
        assertThat(request.headers().get("User-agent")).containsExactly("Switchboard-Webhooks/1");
    }

    /** DNS rebinding: the first answer passes the guard, a second one would lead elsewhere (127.0.0.2: nobody). */
    @Test
    void theNameIsLookedUpOnceAndThatAddressIsTheOneConnectedTo() throws Exception {
        serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0), 204, Map.of());
        AtomicInteger lookUps = new AtomicInteger();
        Resolver rebinding = host -> new InetAddress[] {lookUps.incrementAndGet() == 1 ? LOOPBACK
                : address("127.0.0.2")};
        HttpSender sender = sender(new DestinationGuard(List.of("127.0.0.1", "127.0.0.2"), rebinding));

        HttpSender.Answer answer = sender.post(endpoint("http://rebind.test:" + port() + "/"), "msg_1", "{}");

        assertThat(answer.outcome()).isEqualTo(new Outcome.Delivered(204));
        assertThat(lookUps).hasValue(1);
    }

    @Test
    void aNameThatResolvesInsideTheNetworkIsRefusedWithoutConnecting() throws Exception {
        serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0), 200, Map.of());
        HttpSender sender = sender(new DestinationGuard(List.of(), host -> new InetAddress[] {LOOPBACK}));

        HttpSender.Answer answer = sender.post(endpoint("http://sneaky.test:" + port() + "/"), "msg_1", "{}");

        assertThat(answer.outcome()).isInstanceOf(Outcome.Refused.class);
        assertThat(answer.response()).contains("sneaky.test resolves to 127.0.0.1, a loopback address");
        assertThat(seen.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void httpsToTheResolvedAddressChecksTheCertificateAgainstTheUrlsHost() throws Exception {
        serveTls(200);
        HttpSender sender = sender(localhostOnLoopback("localhost"), certificate.trustingClient());

        HttpSender.Answer answer = sender.post(endpoint("https://localhost:" + port() + "/hook"), "msg_1", "{\"a\":1}");

        assertThat(answer.outcome()).isEqualTo(new Outcome.Delivered(200));
        Seen request = seen.poll(5, TimeUnit.SECONDS);
        assertThat(request.host()).isEqualTo("localhost:" + port());
        assertThat(request.body()).isEqualTo("{\"a\":1}");
    }

    @Test
    void httpsFailsWhenTheCertificateIsForAnotherName() throws Exception {
        serveTls(200);
        // The same server and a trusted certificate, but the URL names a host the certificate is not for.
        HttpSender sender = sender(localhostOnLoopback("hooks.test"), certificate.trustingClient());

        HttpSender.Answer answer = sender.post(endpoint("https://hooks.test:" + port() + "/hook"), "msg_1", "{}");

        assertThat(answer.outcome()).isInstanceOf(Outcome.Unreachable.class);
        assertThat(answer.response()).startsWith("TLS failure: ").contains("hooks.test");
        assertThat(seen).isEmpty();
    }

    @Test
    void httpsFailsWhenTheCertificateIsNotTrusted() throws Exception {
        serveTls(200);
        HttpSender sender = sender(localhostOnLoopback("localhost"), SSLContext.getDefault());

        HttpSender.Answer answer = sender.post(endpoint("https://localhost:" + port() + "/hook"), "msg_1", "{}");

        assertThat(answer.outcome()).isInstanceOf(Outcome.Unreachable.class);
        assertThat(answer.response()).startsWith("TLS failure: ");
        assertThat(seen).isEmpty();
    }

    @Test
    void sequentialDeliveriesToOneEndpointShareOneConnection() throws Exception {
        serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0), 200, Map.of());
        HttpSender sender = sender(localhostOnLoopback("localhost"));

        for (int i = 1; i <= 5; i++) {
            assertThat(sender.post(endpoint("http://localhost:" + port() + "/hook"), "msg_" + i, "{}").outcome())
                    .isEqualTo(new Outcome.Delivered(200));
        }

        assertThat(clientPorts(5)).hasSize(1);
        assertThat(sender.connections()).isEqualTo(new PinnedHttpClient.Connections(1, 4, 0));
    }

    /**
     * A request is one write: head and body in two would leave the body to Nagle's algorithm, waiting for the
     * server's delayed ACK of the head (40 ms on Linux) on every request of a kept connection.
     */
    @Test
    void deliveriesOnAKeptConnectionDoNotWaitForDelayedAcknowledgements() throws Exception {
        serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0), 204, Map.of());
        HttpSender sender = sender(localhostOnLoopback("localhost"));
        Endpoint endpoint = endpoint("http://localhost:" + port() + "/hook");
        sender.post(endpoint, "msg_0", "{}");
        long started = System.nanoTime();

        for (int i = 1; i <= 20; i++) {
            sender.post(endpoint, "msg_" + i, "{\"n\":" + i + "}");
        }

        // 20 × 40 ms would be 800 ms; a busy machine still answers 20 loopback requests well within 600.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(600));
        assertThat(sender.connections().opened()).isEqualTo(1);
    }

    /** The TLS session, handshake and certificate check included, is made once and carries every delivery. */
    @Test
    void httpsDeliveriesShareOneConnection() throws Exception {
        serveTls(200);
        HttpSender sender = sender(localhostOnLoopback("localhost"), certificate.trustingClient());

        for (int i = 1; i <= 3; i++) {
            assertThat(sender.post(endpoint("https://localhost:" + port() + "/hook"), "msg_" + i, "{}").outcome())
                    .isEqualTo(new Outcome.Delivered(200));
        }

        assertThat(clientPorts(3)).hasSize(1);
        assertThat(sender.connections()).isEqualTo(new PinnedHttpClient.Connections(1, 2, 0));
    }

    /** Two names for one server: each has connections of its own, as its TLS session and certificate check would. */
    @Test
    void endpointsOnDifferentHostsNeverShareAConnection() throws Exception {
        serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0), 200, Map.of());
        Resolver dns = host -> new InetAddress[] {LOOPBACK};
        HttpSender sender = sender(new DestinationGuard(List.of("a.test", "b.test"), dns));

        for (String host : List.of("a.test", "b.test", "a.test", "b.test")) {
            sender.post(endpoint("http://" + host + ":" + port() + "/hook"), "msg_1", "{}");
        }

        List<Seen> requests = List.of(seen.poll(5, TimeUnit.SECONDS), seen.poll(5, TimeUnit.SECONDS),
                seen.poll(5, TimeUnit.SECONDS), seen.poll(5, TimeUnit.SECONDS));
        assertThat(requests.stream().map(Seen::clientPort).distinct()).hasSize(2);
        assertThat(requests.get(0).clientPort()).isEqualTo(requests.get(2).clientPort())
                .isNotEqualTo(requests.get(1).clientPort());
        assertThat(requests.get(1).clientPort()).isEqualTo(requests.get(3).clientPort());
    }

    @Test
    void aRedirectIsAFailedAttemptAndIsNotFollowed() throws Exception {
        serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0), 302, Map.of("Location", "/elsewhere"));
        HttpSender sender = sender(localhostOnLoopback("localhost"));

        HttpSender.Answer answer = sender.post(endpoint("http://localhost:" + port() + "/hook"), "msg_1", "{}");

        assertThat(answer.outcome()).isEqualTo(new Outcome.Rejected(302));
        assertThat(answer.outcome().retryable()).isTrue();
        assertThat(seen.poll(5, TimeUnit.SECONDS).target()).isEqualTo("/hook");
        assertThat(seen.poll(300, TimeUnit.MILLISECONDS)).as("a request to /elsewhere").isNull();
    }

    @Test
    void retryAfterInSecondsOrAsADateIsReadFrom429And503() throws Exception {
        serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0), 429, Map.of("Retry-After", "120"));
        HttpSender sender = sender(localhostOnLoopback("localhost"));

        HttpSender.Answer tooMany = sender.post(endpoint("http://localhost:" + port() + "/"), "msg_1", "{}");
        server.stop(0);
        serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0), 503,
                Map.of("Retry-After", "Tue, 01 Dec 2026 10:05:00 GMT"));
        HttpSender.Answer unavailable = sender.post(endpoint("http://localhost:" + port() + "/"), "msg_1", "{}");

        assertThat(tooMany.outcome()).isEqualTo(new Outcome.Rejected(429));
        assertThat(tooMany.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(unavailable.outcome()).isEqualTo(new Outcome.Rejected(503));
        assertThat(unavailable.retryAfter()).contains(Duration.ofMinutes(5));
        assertThat(unavailable.response()).isEqualTo("answered 503");
    }

    @Test
    void extraHeadersAreSentAfterTheSignatureHeaders() throws Exception {
        serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0), 200, Map.of());
        HttpSender sender = sender(localhostOnLoopback("localhost"));

        HttpSender.Answer answer = sender.post(endpoint("http://localhost:" + port() + "/"), "msg_1", "{}",
                Map.of("Authorization", "Bearer t0k3n"));

        assertThat(answer.outcome()).isEqualTo(new Outcome.Delivered(200));
        assertThat(seen.poll(5, TimeUnit.SECONDS).headers().get("Authorization")).containsExactly("Bearer t0k3n");
    }

    @Test
    void anExtraHeaderThatCouldSplitTheRequestOrReplaceASignatureRefusesTheAttempt() throws Exception {
        serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0), 200, Map.of());
        HttpSender sender = sender(localhostOnLoopback("localhost"));
        Endpoint endpoint = endpoint("http://localhost:" + port() + "/");

        HttpSender.Answer split = sender.post(endpoint, "msg_1", "{}", Map.of("X-Note", "a\r\nX-Evil: 1"));
        HttpSender.Answer forged = sender.post(endpoint, "msg_1", "{}", Map.of("Webhook-Signature", "v1,forged"));
        HttpSender.Answer host = sender.post(endpoint, "msg_1", "{}", Map.of("Host", "other.test"));

        assertThat(List.of(split, forged, host)).allSatisfy(answer -> {
            assertThat(answer.outcome()).isInstanceOf(Outcome.Refused.class);
            assertThat(answer.outcome().retryable()).isFalse();
        });
        assertThat(split.response()).contains("X-Note has a value with CR, LF or NUL").doesNotContain("X-Evil");
        assertThat(seen.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aSilentEndpointIsUnreachableAfterTheRequestTimeout() throws Exception {
        server = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        server.createContext("/", exchange -> {
            try {
                released.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        HttpSender sender = new HttpSender(localhostOnLoopback("localhost"), Duration.ofSeconds(1),
                Duration.ofMillis(500), KeepAlive.DEFAULT, CLOCK);
        long started = System.nanoTime();

        HttpSender.Answer answer = sender.post(endpoint("http://localhost:" + port() + "/"), "msg_1", "{}");

        assertThat(answer.outcome()).isEqualTo(new Outcome.Unreachable("no answer within 500 ms"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    private void serve(HttpServer http, int status, Map<String, String> headers) {
        server = http;
        server.createContext("/", exchange -> answer(exchange, status, headers));
        server.start();
    }

    private void serveTls(int status) throws Exception {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(certificate.server()));
        serve(https, status, Map.of());
    }

    private void answer(HttpExchange exchange, int status, Map<String, String> headers) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(new Seen(exchange.getRequestHeaders().getFirst("Host"), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(), body, exchange.getRemoteAddress().getPort()));
            headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] answer = ("answered " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    /** The client ports of the next {@code count} requests, without repeats. */
    private Set<Integer> clientPorts(int count) throws InterruptedException {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < count; i++) {
            ports.add(seen.poll(5, TimeUnit.SECONDS).clientPort());
        }
        return ports;
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private static HttpSender sender(DestinationGuard guard) {
        return new HttpSender(guard, Duration.ofSeconds(2), Duration.ofSeconds(5), KeepAlive.DEFAULT, CLOCK);
    }

    private static HttpSender sender(DestinationGuard guard, SSLContext tls) {
        return new HttpSender(guard, Duration.ofSeconds(2), Duration.ofSeconds(5), KeepAlive.DEFAULT, CLOCK, tls);
    }

    /** {@code name} resolves to 127.0.0.1 and is allow-listed; nothing else resolves. */
    private static DestinationGuard localhostOnLoopback(String name) {
        return new DestinationGuard(List.of(name),
                host -> host.equals(name) ? new InetAddress[] {LOOPBACK} : refuse(host));
    }

    private static Endpoint endpoint(String url) {
        return new Endpoint("test", URI.create(url), SIGNER);
    }

    private static InetAddress[] refuse(String host) throws UnknownHostException {
        throw new UnknownHostException(host);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
