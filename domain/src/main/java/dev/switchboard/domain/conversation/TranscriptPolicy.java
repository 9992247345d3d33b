package dev.switchboard.domain.conversation;

import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.sentiment.SentimentMapping;
import dev.switchboard.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * The configurable rules for incoming utterances: how provider sentiment labels translate, and whether an
 * utterance may end before it begins. Policies as data: a deployment sets both.
 *
 * @param endMayPrecedeBegin true to store an end offset smaller than the begin offset as sent (a documented
 *                           vendor example sends one); false to refuse it
 */
public record TranscriptPolicy(SentimentMapping sentimentMapping, boolean endMayPrecedeBegin) {

    public TranscriptPolicy {
        Objects.requireNonNull(sentimentMapping, "sentimentMapping");
    }

    /** The vendor's sentiment labels, and inverted offsets accepted as the vendor's own example needs. */
    public static TranscriptPolicy defaults() {
        return new TranscriptPolicy(SentimentMapping.defaults(), true);
    }

    /** The offsets of an utterance, refused when the end precedes the begin and this policy forbids it. */
    public OffsetRange offsets(long beginMillis, long endMillis) {
        OffsetRange range = new OffsetRange(beginMillis, endMillis);
        if (range.isInverted() && !endMayPrecedeBegin) {
            throw new InvalidValueException("endOffsetMillis",
                    "must not be smaller than beginOffsetMillis (" + beginMillis + "), was " + endMillis);
        }
        return range;
    }

    /** @param field where the label came from, named in the error when the label is unknown */
    public Sentiment sentiment(String providerLabel, String field) {
        return sentimentMapping.translate(providerLabel, field);
    }
}
