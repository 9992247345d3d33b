package dev.switchboard.domain.conversation;

import dev.switchboard.domain.sentiment.SentimentMapping;
import dev.switchboard.domain.shared.Leniency;
import java.util.Objects;

/**
 * The configurable rules applied to incoming transcript data: how provider sentiment labels translate,
 * and whether the vendor's documented quirks are accepted.
 */
public record TranscriptPolicy(SentimentMapping sentimentMapping, Leniency leniency) {

    public TranscriptPolicy {
        Objects.requireNonNull(sentimentMapping, "sentimentMapping");
        Objects.requireNonNull(leniency, "leniency");
    }

    public static TranscriptPolicy defaults() {
        return new TranscriptPolicy(SentimentMapping.defaults(), Leniency.VENDOR_COMPATIBLE);
    }
}
