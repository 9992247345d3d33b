package dev.switchboard.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The messages of one simulated call: agent and customer take turns, offsets grow by five seconds a turn, and
 * every message is new (a fresh source id and offsets), so the service's deduplication never skips one.
 */
public final class TranscriptScript {

    private static final String[] LINES = {
        "Thank you for calling, this is John. How can I help you today?",
        "Hi, I was charged twice for my last order and I would like a refund.",
        "I am sorry to hear that. Could you give me the order number, please?",
        "Sure, it is four seven one one, dash, two nine eight.",
        "Thank you. I can see both charges; I will reverse the second one now.",
        "Great, how long will it take to show up on my card?",
    };
    private static final String[] SENTIMENTS = {"NEUTRAL", "NEGATIVE", "NEUTRAL", "NEUTRAL", "POSITIVE", "NEUTRAL"};

    private long turn;

    /** The next {@code count} messages of the call. */
    public List<ScriptedMessage> next(int count) {
        List<ScriptedMessage> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int line = (int) (turn % LINES.length);
            long begin = turn * 5_000;
            batch.add(new ScriptedMessage(UUID.randomUUID().toString(), line % 2 == 0 ? "AGENT" : "CUSTOMER",
                    LINES[line], begin, begin + 4_500, SENTIMENTS[line]));
            turn++;
        }
        return batch;
    }

    /** The body of {@code POST …/messages}: a JSON array in the vendor's field names. */
    public static String toJson(List<ScriptedMessage> batch) {
        StringBuilder json = new StringBuilder(batch.size() * 200).append('[');
        for (ScriptedMessage m : batch) {
            if (json.length() > 1) {
                json.append(',');
            }
            // The script's texts hold no character that JSON would need escaped.
            json.append("{\"id\":\"").append(m.sourceId())
                    .append("\",\"participantId\":\"").append(m.participant())
                    .append("\",\"content\":\"").append(m.content())
                    .append("\",\"beginOffsetMillis\":").append(m.beginOffsetMillis())
                    .append(",\"endOffsetMillis\":").append(m.endOffsetMillis())
                    .append(",\"sentiment\":\"").append(m.sentiment()).append("\"}");
        }
        return json.append(']').toString();
    }
}
