package dev.switchboard.adapter.rest.voice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One interaction as the read extension shows it. Every field is always present; one without a value is
 * {@code null} (an empty element in XML), so clients see the same shape for every interaction.
 * Timestamps are ISO-8601 instants in UTC.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"interactionId", "state", "userId", "agentId", "callerPhoneNumber", "clientSessionId",
        "inboundId", "recordingURL", "sentiment", "conversationId", "openedAt", "closedAt"})
@Schema(name = "VoiceInteraction")
public record InteractionView(
        String interactionId,
        @Schema(allowableValues = {"new", "work_in_progress", "closed_complete"}) String state,
        String userId,
        @Schema(nullable = true) String agentId,
        @Schema(nullable = true) String callerPhoneNumber,
        @Schema(nullable = true) String clientSessionId,
        @Schema(nullable = true) String inboundId,
        @JsonProperty("recordingURL") @Schema(nullable = true) String recordingURL,
        @Schema(nullable = true, allowableValues = {"positive", "neutral", "negative"}) String sentiment,
        @Schema(nullable = true) String conversationId,
        @Schema(example = "2026-03-01T10:15:30Z") String openedAt,
        @Schema(nullable = true) String closedAt) {
}
