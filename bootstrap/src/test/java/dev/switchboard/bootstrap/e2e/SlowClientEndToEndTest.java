package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.switchboard.adapter.rest.error.ApiExceptionHandler;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Clients that send too slowly, over a raw socket: a request trickled byte by byte (in its headers or its body) is cut
 * once {@code switchboard.http.request-read-timeout} has passed since its first byte, a connection that sends nothing
 * once {@code micronaut.server.idle-timeout} has passed; a client that sends each request promptly keeps its
 * connection however long it lives, and other clients are served meanwhile. The timeouts are shortened here (the
 * shipped ones are 30 s and 60 s); the slack allows for a busy machine.
 */
class SlowClientEndToEndTest {

    private static final Duration REQUEST_READ_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration SLACK = Duration.ofSeconds(3);
    /** Slower than one byte per this long never completes a request of a few hundred bytes in time. */
    private static final long TRICKLE_MILLIS = 100;
    private static final String AUTHORIZATION = "Authorization: Basic "
            + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.US_ASCII)) + "\r\n";
    private static final String API = "/api/now/v1/cs/voice-interactions";

    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "datasources.default.url", "jdbc:h2:mem:slow-clients;DB_CLOSE_DELAY=-1",
                "switchboard.http.request-read-timeout", REQUEST_READ_TIMEOUT.toMillis() + "ms",
                "micronaut.server.idle-timeout", IDLE_TIMEOUT.toMillis() + "ms"));
        // The first authenticated request pays the password hash (about a second of CPU); not what is measured here.
        assertThat(new Http(server.getURI(), "admin", "admin").get("/health").statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void headersTrickledByteByByteAreCut() throws IOException {
        try (Socket socket = connect()) {
            Duration open = trickle(socket, ("POST " + API + " HTTP/1.1\r\nHost: localhost\r\n" + AUTHORIZATION
                    + "X-Padding: " + "x".repeat(500) + "\r\n").getBytes(StandardCharsets.US_ASCII));

            assertThat(open).isLessThan(REQUEST_READ_TIMEOUT.plus(SLACK));
        }
    }

    /** The route was waiting for that body; its end is not logged as a fault of the service. */
    @Test
    void aBodyTrickledByteByByteIsCut() throws Exception {
        String body = "{\"userId\":\"+14089178877\",\"clientSessionId\":\"" + "s".repeat(400) + "\"}";
        Logger handlerLog = (Logger) LoggerFactory.getLogger(ApiExceptionHandler.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        handlerLog.addAppender(log);
        try (Socket socket = connect()) {
            write(socket, "POST " + API + " HTTP/1.1\r\nHost: localhost\r\n" + AUTHORIZATION
                    + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n");

            Duration open = trickle(socket, body.getBytes(StandardCharsets.US_ASCII));

            assertThat(open).isLessThan(REQUEST_READ_TIMEOUT.plus(SLACK));
            Thread.sleep(500);
            assertThat(log.list).noneMatch(event -> event.getLevel() == Level.ERROR);
        } finally {
            handlerLog.detachAppender(log);
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAfterTheIdleTimeout() throws IOException {
        try (Socket socket = connect()) {
            long opened = System.nanoTime();

            assertThat(readUntilClosed(socket, IDLE_TIMEOUT.plus(SLACK).plus(SLACK))).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - opened)).isGreaterThanOrEqualTo(IDLE_TIMEOUT.minusMillis(200));
        }
    }

    /** The deadline is per request: a keep-alive connection that sends each request promptly lives on. */
    @Test
    void promptRequestsKeepTheirConnectionLongerThanTheTimeoutWhileOthersTrickle() throws Exception {
        List<Socket> tricklers = new ArrayList<>();
        try (Socket socket = connect()) {
            for (int i = 0; i < 20; i++) {
                Socket trickler = connect();
                write(trickler, "POST " + API + " HTTP/1.1\r\nHost: localhost\r\n");
                tricklers.add(trickler);
            }
            for (int request = 0; request < 3; request++) {
                write(socket, "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
                assertThat(readResponseHead(socket)).startsWith("HTTP/1.1 200");
                Thread.sleep(REQUEST_READ_TIMEOUT.toMillis() * 3 / 4);
            }
        } finally {
            for (Socket trickler : tricklers) {
                trickler.close();
            }
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.getPort());
        socket.setSoTimeout((int) TRICKLE_MILLIS);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /**
     * Sends one byte every {@link #TRICKLE_MILLIS} until the server closes the connection.
     *
     * @return how long the connection stayed open after the first byte
     */
    private static Duration trickle(Socket socket, byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        long first = System.nanoTime();
        for (byte b : bytes) {
            try {
                out.write(b);
                out.flush();
            } catch (IOException closedByTheServer) {
                return Duration.ofNanos(System.nanoTime() - first);
            }
            if (readUntilClosed(socket, Duration.ofMillis(TRICKLE_MILLIS))) {
                return Duration.ofNanos(System.nanoTime() - first);
            }
        }
        throw new AssertionError("the whole request was sent and the connection is still open");
    }

    /** True when the server closed the connection within {@code wait}; anything it sends before is skipped. */
    private static boolean readUntilClosed(Socket socket, Duration wait) throws IOException {
        InputStream in = socket.getInputStream();
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (in.read() < 0) {
                    return true;
                }
            } catch (SocketTimeoutException stillOpen) {
                // nothing yet
            } catch (IOException reset) {
                return true;
            }
        }
        return false;
    }

    /** The status line and headers of one response, and its body skipped by its Content-Length. */
    private static String readResponseHead(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("connection closed after: " + head);
            }
            head.append((char) b);
        }
        String text = head.toString();
        int length = text.toLowerCase().indexOf("content-length:");
        if (length >= 0) {
            int end = text.indexOf("\r\n", length);
            in.readNBytes(Integer.parseInt(text.substring(length + 15, end).trim()));
        }
        socket.setSoTimeout((int) TRICKLE_MILLIS);
        return text;
    }
}
