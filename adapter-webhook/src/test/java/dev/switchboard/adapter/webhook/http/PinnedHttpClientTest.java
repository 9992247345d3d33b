package dev.switchboard.adapter.webhook.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The request as it goes out, and answers as they may come back: framed three ways, endless, silent, not HTTP. */
class PinnedHttpClientTest {

    private static final int LIMIT = 4096;
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(700);

    private final PinnedHttpClient client = new PinnedHttpClient(Duration.ofSeconds(2), REQUEST_TIMEOUT,
            (SSLSocketFactory) SSLSocketFactory.getDefault(), LIMIT, KeepAlive.DEFAULT);

    @Test
    void writesOnePostWithTheUrlsHostTheBodyAndConnectionKeepAlive() throws Exception {
        try (RawServer server = RawServer.answering("HTTP/1.1 204 No Content\r\n\r\n")) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("webhook-id", "msg_1");
            HttpAnswer answer = client.post(URI.create("http://hooks.test:" + server.port()
                    + "/in/b%20c?x=1&y=%2F#fragment"), server.address(), headers, "{\"é\":1}".getBytes(StandardCharsets.UTF_8));

            assertThat(answer.status()).isEqualTo(204);
            assertThat(server.request().text()).isEqualTo("POST /in/b%20c?x=1&y=%2F HTTP/1.1\r\n"
                    + "Host: hooks.test:" + server.port() + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "webhook-id: msg_1\r\n"
                    + "Content-Length: 8\r\n"
                    + "Connection: keep-alive\r\n"
                    + "\r\n"
                    + "{\"é\":1}");
        }
    }

    @Test
    void readsTheStatusHeadersAndALengthFramedBody() throws Exception {
        try (RawServer server = RawServer.answering("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 30\r\n"
                + "Content-Length: 4\r\nX-Twice: first\r\nx-twice: second\r\n\r\nbusyTRAILING-GARBAGE")) {
            HttpAnswer answer = post(server);

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.header("retry-after")).contains("30");
            assertThat(answer.header("X-TWICE")).contains("first");
            assertThat(answer.bodyStart()).isEqualTo("busy");
        }
    }

    @Test
    void decodesAChunkedBody() throws Exception {
        try (RawServer server = RawServer.answering("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n7;note=ext\r\n, world\r\n0\r\n\r\n")) {
            assertThat(post(server).bodyStart()).isEqualTo("hello, world");
        }
    }

    @Test
    void skipsInterimAnswers() throws Exception {
        try (RawServer server = RawServer.answering("HTTP/1.1 100 Continue\r\n\r\n"
                + "HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n")) {
            assertThat(post(server).status()).isEqualTo(201);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"until close", "chunked", "content-length"})
    void readsAnEndlessBodyOnlyUpToTheLimit(String framing) throws Exception {
        byte[] kilobyte = new byte[1024];
        Arrays.fill(kilobyte, (byte) 'x');
        String head = switch (framing) {
            case "chunked" -> "HTTP/1.1 500 Oops\r\nTransfer-Encoding: chunked\r\n\r\n";
            case "content-length" -> "HTTP/1.1 500 Oops\r\nContent-Length: 10000000000\r\n\r\n";
            default -> "HTTP/1.1 500 Oops\r\n\r\n";
        };
        try (RawServer server = RawServer.answering(out -> {
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            while (true) { // until the client hangs up
                out.write(framing.equals("chunked") ? "400\r\n".getBytes(StandardCharsets.ISO_8859_1) : new byte[0]);
                out.write(kilobyte);
                out.write(framing.equals("chunked") ? "\r\n".getBytes(StandardCharsets.ISO_8859_1) : new byte[0]);
                out.flush();
            }
        })) {
            long started = System.nanoTime();
            HttpAnswer answer = post(server);

            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.bodyStart()).hasSize(LIMIT).matches("x+");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(REQUEST_TIMEOUT);
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinTheRequestTimeout() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (RawServer server = RawServer.answering(out -> never.await(10, TimeUnit.SECONDS))) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> post(server)).isInstanceOf(HttpFailure.class)
                    .hasMessage("no answer within 700 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isBetween(REQUEST_TIMEOUT.minusMillis(50), REQUEST_TIMEOUT.plusSeconds(1));
            never.countDown();
        }
    }

    /** Each byte comes before the read timeout runs out: only the deadline for the whole answer stops it. */
    @Test
    void aServerThatTricklesItsAnswerIsCutOffAtTheDeadline() throws Exception {
        try (RawServer server = RawServer.answering(out -> {
            out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.ISO_8859_1));
            while (true) {
                out.write("X-Slow: 1\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                Thread.sleep(50);
            }
        })) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> post(server)).isInstanceOf(HttpFailure.class)
                    .hasMessage("no answer within 700 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(REQUEST_TIMEOUT.plusSeconds(1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"SSH-2.0-OpenSSH_9.6\r\n", "HTTP/2 200\r\n\r\n", "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", ""})
    void anAnswerThatIsNotHttpIsMalformed(String answer) throws Exception {
        try (RawServer server = RawServer.answering(answer)) {
            assertThatThrownBy(() -> post(server)).isInstanceOf(HttpFailure.class)
                    .hasMessageStartingWith("malformed answer: ");
        }
    }

    @Test
    void aClosedPortIsAConnectionRefused() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        URI url = URI.create("http://hooks.test:" + closed + "/");

        assertThatThrownBy(() -> client.post(url, InetAddress.getByName("127.0.0.1"), Map.of(), new byte[0]))
                .isInstanceOf(HttpFailure.class)
                .hasMessage("connection refused by 127.0.0.1 port " + closed);
    }

    @Test
    void aHeaderThatCouldSplitTheRequestIsNeverSent() throws Exception {
        try (RawServer server = RawServer.answering("HTTP/1.1 200 OK\r\n\r\n")) {
            URI url = URI.create("http://127.0.0.1:" + server.port() + "/");

            assertThatThrownBy(() -> client.post(url, server.address(),
                    Map.of("X-Note", "a\r\nX-Injected: 1"), new byte[0]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("header X-Note has a value with CR, LF or NUL");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Bad\r\nName", "X Space", "", "X:Colon", "Host", "content-length", "Transfer-Encoding",
            "Connection"})
    void headerNamesMustBeTokensAndNotFraming(String name) {
        assertThatThrownBy(() -> RequestHead.check(name, "v")).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("\r", "\n");
    }

    @Test
    void anOrdinaryHeaderPasses() {
        RequestHead.check("Authorization", "Bearer abc.def");
        RequestHead.check("X-Api-Key", "k");
    }

    private HttpAnswer post(RawServer server) throws HttpFailure {
        return client.post(URI.create("http://127.0.0.1:" + server.port() + "/hook"), server.address(),
                Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8));
    }
}
