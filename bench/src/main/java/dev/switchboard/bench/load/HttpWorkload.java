package dev.switchboard.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vendor's live-transcript traffic over HTTP: each caller starts an interaction, then streams batches into
 * {@code POST /api/now/v1/cs/voice-interactions/{id}/messages}. Serves both the service and the HTTP ceiling,
 * which answer the same requests.
 */
public final class HttpWorkload implements Workload {

    public static final String BASE_PATH = "/api/now/v1/cs/voice-interactions";

    private static final Pattern INTERACTION_ID = Pattern.compile("\"interactionId\"\\s*:\\s*\"([0-9a-f]{32})\"");
    private static final byte[] SAVED = "{\"result\":\"Voice conversation transcript has been successfully saved. Conversation id: "
            .getBytes(StandardCharsets.UTF_8);

    /** Told of every acknowledged batch, on the caller's thread, right after its answer was read. */
    @FunctionalInterface
    public interface Acknowledgements {
        /** @param answeredNanos System.nanoTime() when the acknowledgement had been read */
        void acknowledged(List<ScriptedMessage> batch, long answeredNanos);
    }

    private static final Acknowledgements NOBODY = (batch, answeredNanos) -> { };

    private final int port;
    private final String authorization;
    private final List<Integer> onlyBatchSizes;
    private final Acknowledgements acknowledgements;

    public HttpWorkload(int port, String username, String password) {
        this(port, basic(username, password), null, NOBODY);
    }

    private HttpWorkload(int port, String authorization, List<Integer> onlyBatchSizes,
                         Acknowledgements acknowledgements) {
        this.port = port;
        this.authorization = authorization;
        this.onlyBatchSizes = onlyBatchSizes;
        this.acknowledgements = acknowledgements;
    }

    /**
     * The same traffic to the same server at one message per request only (whatever the run's batch sizes are),
     * telling {@code acknowledgements} of every acknowledged message.
     */
    public HttpWorkload singleMessages(Acknowledgements acknowledgements) {
        return new HttpWorkload(port, authorization, List.of(1), acknowledgements);
    }

    @Override
    public List<Integer> batchSizes(List<Integer> requested) {
        return onlyBatchSizes == null ? requested : onlyBatchSizes;
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A connection that sends this workload's credentials. */
    public HttpConnection connect() {
        return new HttpConnection(port, authorization);
    }

    /** Starts an interaction, as a platform does when a call begins, and returns its sys_id. */
    public static String startInteraction(HttpConnection connection) throws IOException {
        String body = "{\"userId\":\"+14089178877\",\"callerPhoneNumber\":\"+14089178878\",\"clientSessionId\":\""
                + UUID.randomUUID() + "\"}";
        HttpConnection.Response response = connection.post(BASE_PATH, body.getBytes(StandardCharsets.UTF_8));
        Matcher id = INTERACTION_ID.matcher(response.text());
        if (response.status() != 200 || !id.find()) {
            throw new IOException("starting an interaction answered " + response.status() + ": " + response.text());
        }
        return id.group(1);
    }

    @Override
    public Session open(int caller, int batchSize) throws IOException {
        HttpConnection connection = connect();
        try {
            String path = BASE_PATH + "/" + startInteraction(connection) + "/messages";
            return new HttpSession(connection, path, batchSize, acknowledgements);
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static final class HttpSession implements Session {
        private final HttpConnection connection;
        private final String path;
        private final int batchSize;
        private final Acknowledgements acknowledgements;
        private final TranscriptScript script = new TranscriptScript();

        HttpSession(HttpConnection connection, String path, int batchSize, Acknowledgements acknowledgements) {
            this.connection = connection;
            this.path = path;
            this.batchSize = batchSize;
            this.acknowledgements = acknowledgements;
        }

        @Override
        public void sendBatch() throws IOException {
            List<ScriptedMessage> batch = script.next(batchSize);
            byte[] body = TranscriptScript.toJson(batch).getBytes(StandardCharsets.UTF_8);
            HttpConnection.Response response = connection.post(path, body);
            long answered = System.nanoTime();
            byte[] answer = response.body();
            // An acknowledgement is a 200 with the vendor's sentence; anything else is an error, whatever its status.
            if (response.status() != 200 || answer.length < SAVED.length
                    || !Arrays.equals(answer, 0, SAVED.length, SAVED, 0, SAVED.length)) {
                String text = response.text();
                throw new IOException("HTTP " + response.status() + ": "
                        + text.substring(0, Math.min(200, text.length())));
            }
            acknowledgements.acknowledged(batch, answered);
        }

        @Override
        public void close() {
            connection.close();
        }
    }
}
