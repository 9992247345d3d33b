package dev.switchboard.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Virtual Agent Bot Integration traffic: each caller is one user of a synchronous channel, authenticated by the
 * channel's {@code token} header, sending {@code POST /api/sn_va_as_service/bot/integration} and waiting for the
 * virtual agent's reply. Every request is new (its own requestId), so none is answered from a stored exchange; the
 * texts alternate between two that keep the virtual agent answering (no live-agent hand-off, no open input step).
 * Each session gets a user of its own, so every window starts from fresh sessions. Serves both the service and the
 * HTTP ceiling's bot endpoint.
 */
public final class BotWorkload implements Workload {

    public static final String PATH = "/api/sn_va_as_service/bot/integration";
    /** The synchronous channel the harness configures on the service. */
    public static final String CHANNEL = "bench";
    public static final String TOKEN_HEADER = "token";
    public static final String TOKEN = "bench-token";

    private static final String[] TEXTS = {"hi", "what can you do"};

    private final int port;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong users = new AtomicLong();

    public BotWorkload(int port) {
        this.port = port;
    }

    /** The service's configuration for {@link #CHANNEL}, as environment variables. */
    public static Map<String, String> serviceEnvironment() {
        String prefix = "SWITCHBOARD_BOT_CHANNELS_" + CHANNEL.toUpperCase(Locale.ROOT) + "_";
        return Map.of(prefix + "TOKEN", TOKEN, prefix + "MODE", "sync");
    }

    /** A request carries one message: batch size 1 only, whatever the run's batch sizes are. */
    @Override
    public List<Integer> batchSizes(List<Integer> requested) {
        return List.of(1);
    }

    @Override
    public Session open(int caller, int batchSize) {
        return new BotSession(new HttpConnection(port, TOKEN_HEADER, TOKEN),
                "bench-" + runId + "-" + users.incrementAndGet());
    }

    private static final class BotSession implements Session {
        private final HttpConnection connection;
        private final String user;
        private long sent;

        BotSession(HttpConnection connection, String user) {
            this.connection = connection;
            this.user = user;
        }

        @Override
        public void sendBatch() throws IOException {
            String requestId = user + "-" + sent;
            String text = TEXTS[(int) (sent++ % TEXTS.length)];
            byte[] body = ("{\"requestId\":\"" + requestId + "\",\"userId\":\"" + user + "\",\"message\":{\"text\":\""
                    + text + "\",\"typed\":true}}").getBytes(StandardCharsets.UTF_8);
            HttpConnection.Response response = connection.post(PATH, body);
            String answer = response.text();
            // A reply is a 200 that echoes the request's id; anything else is an error, whatever its status.
            if (response.status() != 200 || !answer.contains("\"requestId\":\"" + requestId + "\"")) {
                throw new IOException("HTTP " + response.status() + ": "
                        + answer.substring(0, Math.min(200, answer.length())));
            }
        }

        @Override
        public void close() {
            connection.close();
        }
    }
}
