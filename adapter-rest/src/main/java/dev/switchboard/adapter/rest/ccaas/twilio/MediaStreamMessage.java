package dev.switchboard.adapter.rest.ccaas.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.application.port.in.MediaStreamUseCase.Track;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

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

    /**
     * A media message's track: {@code inbound} (the caller) or {@code outbound} (what the caller hears), as Twilio
     * names them ({@code inbound_track} and {@code outbound_track} too); a message without one is the caller's, as
     * a stream of the inbound track alone may send it. Null for a track of another name, which is not recorded.
     */
    static Track track(JsonNode media) {
        return track(optionalText(media, "track"), Track.INBOUND);
    }

    /** The tracks {@code start.tracks} lists; none when it lists none. */
    static Set<Track> tracks(JsonNode start) {
        Set<Track> tracks = EnumSet.noneOf(Track.class);
        JsonNode listed = start.get("tracks");
        if (listed != null && listed.isArray()) {
            for (JsonNode name : listed) {
                Track track = name.isTextual() ? track(name.asText(), null) : null;
                if (track != null) {
                    tracks.add(track);
                }
            }
        }
        return tracks;
    }

    private static Track track(String name, Track unnamed) {
        if (name == null) {
            return unnamed;
        }
        return name.startsWith("inbound") ? Track.INBOUND : name.startsWith("outbound") ? Track.OUTBOUND : null;
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
