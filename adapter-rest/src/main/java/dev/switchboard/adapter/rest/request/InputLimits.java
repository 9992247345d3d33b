package dev.switchboard.adapter.rest.request;

import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.shared.Text;

/**
 * How much one request may carry, so that nothing is stored that cannot be read back (a value nested or sized past
 * what the JSON and XML writers handle) and one request cannot hold the server for long. Set by configuration
 * ({@code switchboard.voice.limits.*}); see docs/security.md for why each default is what it is.
 *
 * @param maxAttributesDepth how deeply arrays and objects may nest in a message's {@code attributes}, the attributes
 *                           array itself counting as 1: the vendor's {@code [{"key":…,"value":…}]} is 2
 * @param maxTextLength      the longest text field ({@code content}, and every string inside {@code attributes}), in
 *                           UTF-16 code units as Java counts them; labels and URLs keep their own, shorter limits
 * @param maxAttributes      the most entries a message's {@code attributes} list may have
 * @param maxMessages        the most messages one request may carry (/messages, or a /transcript's transcript)
 */
public record InputLimits(int maxAttributesDepth, int maxTextLength, int maxAttributes, int maxMessages) {

    public static final int DEFAULT_MAX_ATTRIBUTES_DEPTH = 10;
    public static final int DEFAULT_MAX_TEXT_LENGTH = 32_768;
    public static final int DEFAULT_MAX_ATTRIBUTES = 100;
    public static final int DEFAULT_MAX_MESSAGES = 5_000;

    /**
     * Levels of nesting a body has around a message's attributes: the body, the transcript list, the message, in XML
     * the element that holds a leaf's text, and one more, so that attributes one level too deep are still read and
     * refused by name. The parsers refuse anything deeper before building a tree, so a body nested a million levels
     * deep costs no more than one nested a few levels.
     */
    static final int ENVELOPE_DEPTH = 5;

    /** Jackson's JSON writer refuses documents nested more than 1,000 levels; a read-back must stay far from that. */
    static final int MAX_ATTRIBUTES_DEPTH = 100;

    /** No number in this API needs more digits (a long has 19; a double, written out, about 25). */
    static final int MAX_NUMBER_LENGTH = 100;

    /** Field names and attribute keys are labels; the parsers refuse longer ones outright. */
    static final int MAX_NAME_LENGTH = Text.MAX_LABEL_LENGTH;

    public InputLimits {
        positive(maxAttributesDepth, "max-attributes-depth");
        if (maxAttributesDepth > MAX_ATTRIBUTES_DEPTH) {
            throw new IllegalArgumentException("switchboard.voice.limits.max-attributes-depth must be at most "
                    + MAX_ATTRIBUTES_DEPTH + ", was " + maxAttributesDepth);
        }
        positive(maxTextLength, "max-text-length");
        positive(maxAttributes, "max-attributes");
        positive(maxMessages, "max-messages");
    }

    public static InputLimits defaults() {
        return new InputLimits(DEFAULT_MAX_ATTRIBUTES_DEPTH, DEFAULT_MAX_TEXT_LENGTH, DEFAULT_MAX_ATTRIBUTES,
                DEFAULT_MAX_MESSAGES);
    }

    /** The deepest body the parsers read at all; deeper attributes within it are refused by name. */
    int maxBodyDepth() {
        return maxAttributesDepth + ENVELOPE_DEPTH;
    }

    /** The longest string the parsers read at all: the text limit, but never less than a recording URL may be. */
    int maxStringLength() {
        return Math.max(maxTextLength, RecordingUrl.MAX_LENGTH);
    }

    private static void positive(int value, String setting) {
        if (value < 1) {
            throw new IllegalArgumentException("switchboard.voice.limits." + setting + " must be at least 1, was " + value);
        }
    }
}
