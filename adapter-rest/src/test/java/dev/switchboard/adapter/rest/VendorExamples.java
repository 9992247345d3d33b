package dev.switchboard.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The request bodies of the vendor's documented cURL examples (seeds/voice-interaction-rest-api.txt), cut out of
 * the document byte for byte into {@code src/test/resources/vendor-examples/}: the trailing comma, {@code "False"},
 * {@code "loudnessScore": "null"}, the inverted offsets, the space in the recording URL, and the narrow no-break
 * spaces (U+202F) the document's typesetting put between the tokens of two examples. Only the document's own
 * four-space indentation was removed from each line.
 */
public final class VendorExamples {

    public static final String START = "start-voice-interaction.json";
    public static final String CONVERSATION = "create-conversation.json";
    public static final String MESSAGES = "add-messages.json";
    public static final String TRANSCRIPT = "save-transcript.json";
    public static final String CLOSE = "close-state.json";

    private VendorExamples() {
    }

    public static String body(String name) {
        try (InputStream in = VendorExamples.class.getResourceAsStream("/vendor-examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no vendor example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
