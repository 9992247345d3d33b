package dev.switchboard.adapter.rest.ccaas.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;

/**
 * Reading Twilio's Media Streams messages ("Media Streams – WebSocket Messages" in Twilio's docs): JSON text frames
 * with an {@code event} and an object of that name ({@code start}, {@code media}, {@code dtmf}, {@code mark},
 * {@code stop}). Twilio writes numbers as strings ({@code "sequenceNumber": "3"}); both are read. A message that
 * does not have what its event needs is a {@link MalformedMessageException} naming the field.
 */
final class MediaStreamMessage {

    private MediaStreamMessage() {
    }

    static String event(JsonNode message) {
        return text(message, "event");
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new MalformedMessageException("'" + field + "' is missing");
        }
        return value.asText();
    }

    static String optionalText(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isValueNode() || value.asText().isBlank() ? null : value.asText();
    }

    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new MalformedMessageException("'" + field + "' is not an object");
        }
        return value;
    }

    /** A number Twilio may send as a string; absent: {@code otherwise}. */
    static long number(JsonNode node, String field, long otherwise) {
        String value = optionalText(node, field);
        if (value == null) {
            return otherwise;
        }
        try {
            long number = Long.parseLong(value);
            if (number < 0) {
                throw new MalformedMessageException("'" + field + "' is negative");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new MalformedMessageException("'" + field + "' is not a number");
        }
    }

    static byte[] payload(JsonNode media) {
        try {
            return Base64.getDecoder().decode(text(media, "payload"));
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("'media.payload' is not base64");
        }
    }

    /** A message Twilio would not send; the connection closes with this reason. */
    static final class MalformedMessageException extends RuntimeException {
        MalformedMessageException(String reason) {
            super(reason, null, false, false);
        }
    }
}
