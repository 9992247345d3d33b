package dev.switchboard.bootstrap;

import dev.switchboard.adapter.rest.request.InputLimits;
import dev.switchboard.adapter.rest.request.Leniency;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.sentiment.SentimentMapping;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code switchboard.voice} settings.
 *
 * <pre>
 * switchboard:
 *   voice:
 *     compatibility-mode: true      # accept the vendor's documented quirks; false = strict
 *     sentiment-mapping:            # provider label -> positive | neutral | negative
 *       POSITIVE: positive
 *       MIXED: neutral
 *     limits:                       # how much one request may carry (docs/security-inputs.md)
 *       max-attributes-depth: 10
 *       max-text-length: 32768
 *       max-attributes: 100
 *       max-messages: 5000
 * </pre>
 */
@ConfigurationProperties("switchboard.voice")
public class VoiceSettings {

    private boolean compatibilityMode = true;
    private Map<String, String> sentimentMapping = new LinkedHashMap<>();
    private final Limits limits;

    public VoiceSettings(Limits limits) {
        this.limits = limits;
    }

    public boolean isCompatibilityMode() {
        return compatibilityMode;
    }

    public void setCompatibilityMode(boolean compatibilityMode) {
        this.compatibilityMode = compatibilityMode;
    }

    public Map<String, String> getSentimentMapping() {
        return sentimentMapping;
    }

    public void setSentimentMapping(Map<String, String> sentimentMapping) {
        this.sentimentMapping = sentimentMapping;
    }

    public Limits getLimits() {
        return limits;
    }

    Leniency leniency() {
        return compatibilityMode ? Leniency.VENDOR_COMPATIBLE : Leniency.STRICT;
    }

    /**
     * The configured sentiment table (the vendor's labels when none is configured); compatibility mode also lets an
     * utterance end before it begins, as one of the vendor's examples does.
     */
    TranscriptPolicy transcriptPolicy() {
        return new TranscriptPolicy(sentimentMapping(), compatibilityMode);
    }

    private SentimentMapping sentimentMapping() {
        if (sentimentMapping.isEmpty()) {
            return SentimentMapping.defaults();
        }
        Map<String, Sentiment> table = new LinkedHashMap<>();
        sentimentMapping.forEach((label, sentiment) -> {
            try {
                table.put(label, Sentiment.fromValue(sentiment));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("switchboard.voice.sentiment-mapping." + label + " is '" + sentiment
                        + "'; expected positive, neutral or negative", e);
            }
        });
        return new SentimentMapping(table);
    }

    /** Refuses a setting below 1 at start, naming it, rather than at the first request. */
    InputLimits inputLimits() {
        return new InputLimits(limits.maxAttributesDepth, limits.maxTextLength, limits.maxAttributes,
                limits.maxMessages);
    }

    /** {@code switchboard.voice.limits}: the defaults are {@link InputLimits#defaults()}. */
    @ConfigurationProperties("limits")
    public static class Limits {

        private int maxAttributesDepth = InputLimits.DEFAULT_MAX_ATTRIBUTES_DEPTH;
        private int maxTextLength = InputLimits.DEFAULT_MAX_TEXT_LENGTH;
        private int maxAttributes = InputLimits.DEFAULT_MAX_ATTRIBUTES;
        private int maxMessages = InputLimits.DEFAULT_MAX_MESSAGES;

        public int getMaxAttributesDepth() {
            return maxAttributesDepth;
        }

        public void setMaxAttributesDepth(int maxAttributesDepth) {
            this.maxAttributesDepth = maxAttributesDepth;
        }

        public int getMaxTextLength() {
            return maxTextLength;
        }

        public void setMaxTextLength(int maxTextLength) {
            this.maxTextLength = maxTextLength;
        }

        public int getMaxAttributes() {
            return maxAttributes;
        }

        public void setMaxAttributes(int maxAttributes) {
            this.maxAttributes = maxAttributes;
        }

        public int getMaxMessages() {
            return maxMessages;
        }

        public void setMaxMessages(int maxMessages) {
            this.maxMessages = maxMessages;
        }
    }
}
