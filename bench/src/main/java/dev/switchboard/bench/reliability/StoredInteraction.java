package dev.switchboard.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.bench.load.HttpConnection;
import dev.switchboard.bench.load.HttpWorkload;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An interaction as the service reads it back ({@code GET …/{id}} and every page of {@code GET …/{id}/messages}):
 * its state, its aggregated sentiment, the conversation's message counter ({@code X-Total-Count}) and the messages.
 */
record StoredInteraction(String state, String sentiment, long total, List<Message> messages) {

    /** One stored message: the client's id for it, its sentiment as stored, its place in the conversation. */
    record Message(String id, String sentiment, long sequence) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 1_000;

    static StoredInteraction read(HttpConnection connection, String interaction) throws IOException {
        JsonNode result = result(connection.get(HttpWorkload.BASE_PATH + "/" + interaction));
        List<Message> messages = new ArrayList<>();
        long total = 0;
        for (int offset = 0; offset == 0 || offset < total; offset += PAGE) {
            HttpConnection.Response page = connection.get(HttpWorkload.BASE_PATH + "/" + interaction
                    + "/messages?sysparm_limit=" + PAGE + "&sysparm_offset=" + offset);
            total = Long.parseLong(page.headers().getOrDefault("x-total-count", "0"));
            for (JsonNode message : result(page)) {
                messages.add(new Message(message.path("id").asText(), text(message.path("sentiment")),
                        message.path("sequence").asLong()));
            }
        }
        return new StoredInteraction(result.path("state").asText(), text(result.path("sentiment")), total, messages);
    }

    /**
     * The sentiment the service should show for these messages, by its documented rule: positive +1, negative -1,
     * neutral 0, mean at least 0.25 positive, at most -0.25 negative, else neutral; none without a scored message.
     */
    String expectedSentiment() {
        long positive = messages.stream().filter(m -> "positive".equals(m.sentiment())).count();
        long negative = messages.stream().filter(m -> "negative".equals(m.sentiment())).count();
        long scored = messages.stream().filter(m -> m.sentiment() != null).count();
        if (scored == 0) {
            return null;
        }
        double mean = (positive - negative) / (double) scored;
        return mean >= 0.25 ? "positive" : mean <= -0.25 ? "negative" : "neutral";
    }

    private static JsonNode result(HttpConnection.Response response) throws IOException {
        if (response.status() != 200) {
            throw new IOException("reading back answered " + response.status() + ": " + response.text());
        }
        return JSON.readTree(response.body()).path("result");
    }

    private static String text(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }
}
