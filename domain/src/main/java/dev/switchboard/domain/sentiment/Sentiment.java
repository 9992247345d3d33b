package dev.switchboard.domain.sentiment;

import java.util.Locale;

/** The three sentiments stored on messages, conversations and interactions. */
public enum Sentiment {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    /** The lowercase form shown to API readers ({@code positive}, {@code neutral}, {@code negative}). */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Sentiment fromValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
