package dev.switchboard.adapter.webhook.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kept connections: reused for the same destination only, and only after an answer read to its end; closed when the
 * server asks, when the answer is too large, after a timeout, or when idle too long; a kept connection the server
 * had closed is replaced, and its request sent once more, only when not a byte of an answer came.
 */
class PinnedHttpClientKeepAliveTest {

    private static final int LIMIT = 4096;
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(700);

    private final List<AutoCloseable> closing = new ArrayList<>();
    private PinnedHttpClient client = client(KeepAlive.DEFAULT);

    @AfterEach
    void close() throws Exception {
        client.close();
        for (AutoCloseable closeable : closing) {
            closeable.close();
        }
    }

    @Test
    void sequentialRequestsToOneEndpointUseOneConnection() throws Exception {
        RawServer server = serve(RawServer.ok("{\"ok\":true}"));

        for (int i = 0; i < 5; i++) {
            HttpAnswer answer = post(server, "hooks.test");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.bodyStart()).isEqualTo("{\"ok\":true}");
        }

        assertThat(server.accepted()).isEqualTo(1);
        assertThat(server.remaining()).extracting(RawServer.Request::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(client.connections()).isEqualTo(new PinnedHttpClient.Connections(1, 4, 0));
    }

    @Test
    void requestsAskToKeepTheConnection() throws Exception {
        RawServer server = serve(RawServer.ok(""));

        post(server, "hooks.test");

        assertThat(server.request().text()).contains("\r\nConnection: keep-alive\r\n");
    }

    @Test
    void withoutKeptConnectionsEveryRequestAsksToCloseAndGetsItsOwn() throws Exception {
        client = client(KeepAlive.OFF);
        RawServer server = serve(RawServer.ok(""));

        post(server, "hooks.test");
        post(server, "hooks.test");

        assertThat(server.request().text()).contains("\r\nConnection: close\r\n");
        assertThat(server.accepted()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok",
            "HTTP/1.1 200 OK\r\nConnection: Upgrade, Close\r\nContent-Length: 2\r\n\r\nok",
            "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok",
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok"})
    void anAnswerThatClosesOrIsFramedDoubtfullyGetsANewConnectionEachTime(String answer) throws Exception {
        // The server keeps its side open: only the client's reading of the answer decides.
        RawServer server = serve((request, out) -> {
            out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
            return true;
        });

        for (int i = 0; i < 3; i++) {
            assertThat(post(server, "hooks.test").status()).isEqualTo(200);
        }

        assertThat(server.accepted()).isEqualTo(3);
        assertThat(client.connections().reused()).isZero();
    }

    @Test
    void aServerThatAnswersConnectionCloseAndClosesGetsANewConnectionEachTime() throws Exception {
        RawServer server = serve((request, out) -> {
            out.write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            return false;
        });

        for (int i = 0; i < 3; i++) {
            assertThat(post(server, "hooks.test").status()).isEqualTo(204);
        }

        assertThat(server.accepted()).isEqualTo(3);
        assertThat(client.connections()).isEqualTo(new PinnedHttpClient.Connections(3, 0, 0));
    }

    @Test
    void http10WithKeepAliveIsKept() throws Exception {
        RawServer server = serve((request, out) -> {
            out.write("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok"
                    .getBytes(StandardCharsets.ISO_8859_1));
            return true;
        });

        post(server, "hooks.test");
        post(server, "hooks.test");

        assertThat(server.accepted()).isEqualTo(1);
    }

    @Test
    void aChunkedAnswerIsReadToItsLastChunkAndTrailersAndTheConnectionKept() throws Exception {
        RawServer server = serve((request, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n7;note=ext\r\n, world\r\n"
                    + "0\r\nX-Trailer: 1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return true;
        });

        assertThat(post(server, "hooks.test").bodyStart()).isEqualTo("hello, world");
        assertThat(post(server, "hooks.test").bodyStart()).isEqualTo("hello, world");

        assertThat(server.accepted()).isEqualTo(1);
    }

    /** Past the excerpt, the body is read and dropped so that the connection can carry the next request. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"content-length", "chunked"})
    void aBodyLargerThanTheExcerptButWithinTheCapIsDrainedAndTheConnectionKept(String framing) throws Exception {
        RawServer server = serve(body(framing, 20 * 1024));

        HttpAnswer first = post(server, "hooks.test");
        HttpAnswer second = post(server, "hooks.test");

        assertThat(first.bodyStart()).hasSize(LIMIT).matches("x+");
        assertThat(second.bodyStart()).hasSize(LIMIT);
        assertThat(server.accepted()).isEqualTo(1);
    }

    /** A body past the cap is not read to its end: its connection is closed, and the next request gets a new one. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"content-length", "chunked"})
    void aBodyLargerThanTheCapIsNotReadAndItsConnectionNotKept(String framing) throws Exception {
        RawServer server = serve(body(framing, PinnedHttpClient.DRAIN_LIMIT + 4096));

        HttpAnswer first = post(server, "hooks.test");
        HttpAnswer second = post(server, "hooks.test");

        assertThat(first.bodyStart()).hasSize(LIMIT);
        assertThat(second.status()).isEqualTo(200);
        assertThat(server.accepted()).isEqualTo(2);
        assertThat(client.connections().reused()).isZero();
    }

    @Test
    void aBodyThatEndsWithTheConnectionIsNeverKept() throws Exception {
        RawServer server = serve((request, out) -> {
            out.write("HTTP/1.1 200 OK\r\n\r\nuntil the end".getBytes(StandardCharsets.ISO_8859_1));
            return false;
        });

        assertThat(post(server, "hooks.test").bodyStart()).isEqualTo("until the end");
        assertThat(post(server, "hooks.test").bodyStart()).isEqualTo("until the end");

        assertThat(server.accepted()).isEqualTo(2);
    }

    @Test
    void bytesPastTheEndOfTheAnswerMakeTheConnectionUnusable() throws Exception {
        RawServer server = serve((request, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 Smuggled\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            return true;
        });

        post(server, "hooks.test");
        post(server, "hooks.test");

        assertThat(server.accepted()).isEqualTo(2);
    }

    @Test
    void differentHostsOnTheSameAddressAndPortNeverShareAConnection() throws Exception {
        RawServer server = serve(RawServer.ok(""));

        post(server, "a.test");
        post(server, "b.test");
        post(server, "a.test");
        post(server, "B.TEST");

        assertThat(server.accepted()).isEqualTo(2);
        List<RawServer.Request> requests = server.remaining();
        assertThat(requests).allSatisfy(request -> assertThat(request.text())
                .containsIgnoringCase("Host: " + (request.connection() == requests.get(0).connection() ? "a.test" : "b.test")));
    }

    /**
     * The destination guard gives an address per attempt: once it gives another one (DNS changed), a connection to
     * the old address is not used, even for the same URL.
     */
    @Test
    void aConnectionToAnAddressTheGuardNoLongerGivesIsNotUsed() throws Exception {
        RawServer first = serve(RawServer.ok("first"));
        RawServer second = RawServer.on(InetAddress.getByName("127.0.0.2"), first.port(),
                RawServer.ok("second"));
        closing.add(second);
        URI url = URI.create("http://hooks.test:" + first.port() + "/hook");

        assertThat(post(url, first.address()).bodyStart()).isEqualTo("first");
        assertThat(post(url, second.address()).bodyStart()).isEqualTo("second");
        assertThat(post(url, second.address()).bodyStart()).isEqualTo("second");
        assertThat(post(url, first.address()).bodyStart()).isEqualTo("first");

        assertThat(first.accepted()).isEqualTo(1);
        assertThat(second.accepted()).isEqualTo(1);
    }

    /** The server closes connections idle for 150 ms; the client, which keeps them 30 s, sends on a new one. */
    @Test
    void aConnectionTheServerClosedWhileIdleIsReplacedAndTheRequestDeliveredOnce() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        RawServer server = track(RawServer.closingIdleAfter(Duration.ofMillis(150), (request, out) -> {
            answered.incrementAndGet();
            return RawServer.ok("").answer(request, out);
        }));

        post(server, "hooks.test");
        await(() -> server.closedWhenIdle() == 1);
        HttpAnswer answer = post(server, "hooks.test");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(server.accepted()).isEqualTo(2);
        assertThat(server.remaining()).extracting(RawServer.Request::connection).containsExactly(1, 2);
        assertThat(answered).hasValue(2);
        assertThat(client.connections().stale()).isEqualTo(1);
    }

    /**
     * The server closes the kept connection as the request arrives, before answering a byte (its idle timeout fired
     * just then): the request goes once more on a new connection, and only that one is answered.
     */
    @ParameterizedTest(name = "closed with {0}")
    @ValueSource(strings = {"FIN", "RST"})
    void aKeptConnectionClosedBeforeAnyByteOfAnAnswerIsRetriedOnceOnANewOne(String how) throws Exception {
        AtomicInteger answered = new AtomicInteger();
        RawServer server = serve((request, out) -> {
            if (request.connection() == 1 && request.number() == 2) {
                if (how.equals("RST")) {
                    throw new RawServer.Reset();
                }
                return false;
            }
            answered.incrementAndGet();
            return RawServer.ok("answered").answer(request, out);
        });

        post(server, "hooks.test");
        HttpAnswer answer = post(server, "hooks.test");

        assertThat(answer.bodyStart()).isEqualTo("answered");
        assertThat(server.accepted()).isEqualTo(2);
        assertThat(server.remaining()).extracting(RawServer.Request::connection).containsExactly(1, 1, 2);
        assertThat(answered).hasValue(2);
        assertThat(client.connections()).isEqualTo(new PinnedHttpClient.Connections(2, 1, 1));
    }

    /** Once, not more: the new connection failing the same way is a failed attempt. */
    @Test
    void theRequestIsSentAgainOnlyOnce() throws Exception {
        RawServer server = serve((request, out) -> request.number() == 1 && request.connection() == 1
                && RawServer.ok("").answer(request, out));

        post(server, "hooks.test");

        assertThatThrownBy(() -> post(server, "hooks.test")).isInstanceOf(HttpFailure.class)
                .hasMessage("malformed answer: the connection closed without an answer");
        assertThat(server.accepted()).isEqualTo(2);
    }

    /** A new connection that ends without an answer is not retried: the request may have been processed. */
    @Test
    void aNewConnectionClosedWithoutAnAnswerIsNotRetried() throws Exception {
        RawServer server = serve((request, out) -> false);

        assertThatThrownBy(() -> post(server, "hooks.test")).isInstanceOf(HttpFailure.class)
                .hasMessage("malformed answer: the connection closed without an answer");
        assertThat(server.accepted()).isEqualTo(1);
    }

    /** A byte of an answer, and the server had the request: never sent again. */
    @Test
    void aKeptConnectionThatEndsInsideTheAnswerIsNotRetried() throws Exception {
        RawServer server = serve((request, out) -> {
            if (request.number() == 2) {
                out.write("HTTP/1.1 2".getBytes(StandardCharsets.ISO_8859_1));
                return false;
            }
            return RawServer.ok("").answer(request, out);
        });

        post(server, "hooks.test");

        assertThatThrownBy(() -> post(server, "hooks.test")).isInstanceOf(HttpFailure.class)
                .hasMessageStartingWith("malformed answer: ");
        assertThat(server.accepted()).isEqualTo(1);
        assertThat(server.remaining()).hasSize(2);
    }

    /** No answer in time on a kept connection is a timeout like any other: not sent again, connection closed. */
    @Test
    void aSilentServerOnAKeptConnectionTimesOutWithoutARetryAndTheConnectionIsClosed() throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        RawServer server = serve((request, out) -> {
            if (request.number() == 2 && request.connection() == 1) {
                released.await(5, TimeUnit.SECONDS);
                return false;
            }
            return RawServer.ok("").answer(request, out);
        });
        post(server, "hooks.test");
        long started = System.nanoTime();

        assertThatThrownBy(() -> post(server, "hooks.test")).isInstanceOf(HttpFailure.class)
                .hasMessage("no answer within 700 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(REQUEST_TIMEOUT.plusSeconds(1));
        released.countDown();
        post(server, "hooks.test");

        assertThat(server.accepted()).isEqualTo(2);
        assertThat(server.remaining()).extracting(RawServer.Request::connection).containsExactly(1, 1, 2);
    }

    @Test
    void aConnectionIdleLongerThanTheIdleTimeoutIsClosedByTheClient() throws Exception {
        client = client(new KeepAlive(64, 8, Duration.ofMillis(200)));
        RawServer server = serve(RawServer.ok(""));

        post(server, "hooks.test");
        await(() -> server.closedByClient() == 1);
        post(server, "hooks.test");

        assertThat(server.accepted()).isEqualTo(2);
        assertThat(client.connections().stale()).isZero();
    }

    /** Four requests at once need four connections; of those, two per destination are kept. */
    @Test
    void noMoreThanTheLimitPerDestinationAreKept() throws Exception {
        client = client(new KeepAlive(64, 2, Duration.ofSeconds(30)));
        CountDownLatch[] together = {new CountDownLatch(4), new CountDownLatch(4)};
        AtomicInteger round = new AtomicInteger();
        RawServer server = serve((request, out) -> {
            CountDownLatch latch = together[Math.min(round.get(), 1)];
            latch.countDown();
            latch.await(5, TimeUnit.SECONDS);
            return RawServer.ok("").answer(request, out);
        });
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            inParallel(callers, server);
            round.set(1);
            inParallel(callers, server);
        } finally {
            callers.shutdownNow();
        }

        assertThat(server.accepted()).isEqualTo(6);
        assertThat(client.connections()).isEqualTo(new PinnedHttpClient.Connections(6, 2, 0));
    }

    @Test
    void noMoreThanTheLimitInAllAreKept() throws Exception {
        client = client(new KeepAlive(1, 8, Duration.ofSeconds(30)));
        RawServer server = serve(RawServer.ok(""));

        post(server, "a.test");
        post(server, "b.test"); // a.test's connection is the longest idle: closed to make room
        post(server, "a.test");
        post(server, "b.test");

        assertThat(server.accepted()).isEqualTo(4);
        await(() -> server.closedByClient() == 3);
    }

    @Test
    void closingTheClientClosesItsIdleConnections() throws Exception {
        RawServer server = serve(RawServer.ok(""));
        post(server, "a.test");
        post(server, "b.test");

        client.close();

        await(() -> server.closedByClient() == 2);
        post(server, "a.test");
        assertThat(server.accepted()).isEqualTo(3);
    }

    private void inParallel(ExecutorService callers, RawServer server) throws Exception {
        List<Future<HttpAnswer>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(callers.submit(() -> post(server, "hooks.test")));
        }
        for (Future<HttpAnswer> answer : answers) {
            assertThat(answer.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
    }

    /** A 200 whose body is {@code size} bytes of x, framed as said. */
    private static RawServer.Script body(String framing, int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'x');
        return (request, out) -> {
            if (framing.equals("chunked")) {
                out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                for (int sent = 0; sent < size; sent += 1024) {
                    int length = Math.min(1024, size - sent);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(content, sent, length);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } else {
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.write(content);
            }
            return true;
        };
    }

    private RawServer serve(RawServer.Script script) throws IOException {
        return track(RawServer.answering(script));
    }

    private RawServer track(RawServer server) {
        closing.add(server);
        return server;
    }

    private HttpAnswer post(RawServer server, String host) throws HttpFailure {
        return post(URI.create("http://" + host + ":" + server.port() + "/hook"), server.address());
    }

    private HttpAnswer post(URI url, InetAddress address) throws HttpFailure {
        return client.post(url, address, Map.of("Content-Type", "application/json"),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static PinnedHttpClient client(KeepAlive keepAlive) {
        return new PinnedHttpClient(Duration.ofSeconds(2), REQUEST_TIMEOUT,
                (SSLSocketFactory) SSLSocketFactory.getDefault(), LIMIT, keepAlive);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 5 s");
            }
            Thread.sleep(10);
        }
    }
}
