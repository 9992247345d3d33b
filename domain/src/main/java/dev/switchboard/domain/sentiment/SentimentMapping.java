package dev.switchboard.domain.sentiment;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Translates a provider's sentiment label into a {@link Sentiment}. A policy kept as data: the table is
 * configuration, so a deployment can accept e.g. Amazon's {@code MIXED} or another provider's vocabulary.
 * Labels are matched case-insensitively.
 */
public record SentimentMapping(Map<String, Sentiment> table) {

    public SentimentMapping {
        if (table == null || table.isEmpty()) {
            throw new IllegalArgumentException("a sentiment mapping needs at least one entry");
        }
        table = table.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.getKey().trim().toUpperCase(Locale.ROOT), Map.Entry::getValue));
    }

    /** The vendor's documented labels, plus Amazon Connect's {@code MIXED} read as neutral. */
    public static SentimentMapping defaults() {
        return new SentimentMapping(Map.of(
                "POSITIVE", Sentiment.POSITIVE,
                "NEUTRAL", Sentiment.NEUTRAL,
                "NEGATIVE", Sentiment.NEGATIVE,
                "MIXED", Sentiment.NEUTRAL));
    }

    /**
     * @param field where the label came from, named in the error when the label is unknown
     */
    public Sentiment translate(String providerLabel, String field) {
        Sentiment sentiment = table.get(providerLabel.trim().toUpperCase(Locale.ROOT));
        if (sentiment == null) {
            throw new InvalidValueException(field, "unknown sentiment " + Text.quoted(providerLabel) + "; expected one of "
                    + new TreeMap<>(table).keySet());
        }
        return sentiment;
    }
}
