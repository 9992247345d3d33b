package dev.switchboard.bootstrap;

import dev.switchboard.adapter.rest.request.InputLimits;
import dev.switchboard.adapter.rest.request.Leniency;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.sentiment.SentimentMapping;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
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
 *     limits:                       # how much one request may carry (docs/security.md)
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
        return new InputLimits(limits.maxAttributesDepth(), limits.maxTextLength(), limits.maxAttributes(),
                limits.maxMessages());
    }

    /** {@code switchboard.voice.limits}: each setting defaults to {@link InputLimits#defaults()}'s value. */
    @ConfigurationProperties("limits")
    public record Limits(
            @Bindable(defaultValue = "" + InputLimits.DEFAULT_MAX_ATTRIBUTES_DEPTH) int maxAttributesDepth,
            @Bindable(defaultValue = "" + InputLimits.DEFAULT_MAX_TEXT_LENGTH) int maxTextLength,
            @Bindable(defaultValue = "" + InputLimits.DEFAULT_MAX_ATTRIBUTES) int maxAttributes,
            @Bindable(defaultValue = "" + InputLimits.DEFAULT_MAX_MESSAGES) int maxMessages) {
    }
}
